package care.unknot.plan.service.rules;

/** Tasks for the patient's physician (domain.md 2.3); never advice about drugs to the patient. */
public enum PhysicianTask {
    /** Combined plan: coordinate the MFR program with the physician. */
    COORDINATE_WITH_PHYSICIAN,
    /** MOH_RISK: the physician reviews the acute medication use. */
    REVIEW_ACUTE_MEDICATION_USE
}
