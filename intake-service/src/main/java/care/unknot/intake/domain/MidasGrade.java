package care.unknot.intake.domain;

public enum MidasGrade {
    I, II, III, IV
}
