package care.unknot.intake.domain;

public enum HeadLocation {
    FOREHEAD, TEMPLES, BEHIND_EYES, TOP_OF_HEAD, BACK_OF_HEAD, NECK, JAW, FACE, WHOLE_HEAD
}
