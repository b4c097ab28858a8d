package care.unknot.diary.domain;

import java.util.List;

/** MOH status of a usable 28-day window: every threshold met (empty when none). */
public record MohStatus(List<MohThreshold> thresholdsMet) {

    public MohStatus {
        thresholdsMet = List.copyOf(thresholdsMet);
    }

    public boolean atRisk() {
        return !thresholdsMet.isEmpty();
    }
}
