package care.unknot.diary.domain;

import care.unknot.diary.config.DiaryConfig;
import java.util.EnumSet;
import java.util.Set;

/** Day classification, domain.md 3.2. */
public class DayClassifier {

    private final DiaryConfig.Classification rules;

    public DayClassifier(DiaryConfig.Classification rules) {
        this.rules = rules;
    }

    public DayFacts classify(DiaryEntry entry) {
        Set<MedicationClass> classes = EnumSet.noneOf(MedicationClass.class);
        entry.medications().forEach(intake -> classes.add(intake.medicationClass()));

        boolean migraineDay = entry.episodes().stream().anyMatch(this::isMigraineEpisode)
                || classes.stream().anyMatch(MedicationClass::isMigraineSpecific);
        boolean headacheDay = migraineDay
                || !classes.isEmpty()
                || entry.episodes().stream().anyMatch(this::lastsLongEnough);
        boolean moderateEpisode = entry.episodes().stream().anyMatch(e -> e.peakNrs() >= rules.moderateNrs());
        Integer peak = entry.episodes().stream().map(Episode::peakNrs).max(Integer::compare).orElse(null);

        return new DayFacts(entry.date(), headacheDay, migraineDay, headacheDay && moderateEpisode, classes, peak,
                entry.exercisesDone());
    }

    boolean lastsLongEnough(Episode episode) {
        return episode.durationMinutes() >= rules.episodeMinutes();
    }

    /** An episode with aura, whatever its length; or a long enough one with the ICHD-3 features and symptoms. */
    boolean isMigraineEpisode(Episode episode) {
        if (episode.has(EpisodeFeature.AURA)) {
            return true;
        }
        return lastsLongEnough(episode)
                && migraineFeatures(episode) >= rules.migraineMinFeatures()
                && associatedSymptoms(episode) >= rules.migraineMinAssociatedSymptoms();
    }

    int migraineFeatures(Episode episode) {
        int count = 0;
        count += episode.has(EpisodeFeature.UNILATERAL) ? 1 : 0;
        count += episode.has(EpisodeFeature.PULSATING) ? 1 : 0;
        count += episode.has(EpisodeFeature.WORSE_WITH_ACTIVITY) ? 1 : 0;
        count += episode.peakNrs() >= rules.moderateNrs() ? 1 : 0;
        return count;
    }

    /** Nausea or vomiting counts as one; photophobia and phonophobia together count as one; either alone, none. */
    static int associatedSymptoms(Episode episode) {
        int count = 0;
        count += episode.has(EpisodeFeature.NAUSEA) || episode.has(EpisodeFeature.VOMITING) ? 1 : 0;
        count += episode.has(EpisodeFeature.PHOTOPHOBIA) && episode.has(EpisodeFeature.PHONOPHOBIA) ? 1 : 0;
        return count;
    }
}
