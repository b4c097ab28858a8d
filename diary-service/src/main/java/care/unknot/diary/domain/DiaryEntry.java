package care.unknot.diary.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One patient's entry for one local calendar day (3.1). Optional parts are null when not recorded. */
public record DiaryEntry(LocalDate date, boolean headache, List<Episode> episodes, List<MedicationIntake> medications,
                         BigDecimal sleepHours, Integer sleepQuality, Integer stress, List<String> triggers,
                         HomeExercise exercises, Boolean heatOrColdUsed, Set<RedFlag> redFlags, String note) {

    public DiaryEntry {
        episodes = List.copyOf(episodes);
        medications = List.copyOf(medications);
        triggers = List.copyOf(triggers);
        redFlags = Set.copyOf(redFlags);
    }

    public boolean exercisesDone() {
        return exercises != null && exercises.minutes() > 0;
    }
}
