package care.unknot.diary.domain;

/** What a patient can tick for an episode (3.1). Peak NRS >= 4 is the fourth migraine feature, from the number. */
public enum EpisodeFeature {
    UNILATERAL, PULSATING, WORSE_WITH_ACTIVITY, NAUSEA, VOMITING, PHOTOPHOBIA, PHONOPHOBIA, AURA
}
