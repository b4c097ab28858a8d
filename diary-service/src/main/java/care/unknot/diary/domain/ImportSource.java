package care.unknot.diary.domain;

/** Where an imported diary comes from (3.1): a paper diary, another headache-diary app, or another source. */
public enum ImportSource {
    PAPER,
    APP,
    IMPORT
}
