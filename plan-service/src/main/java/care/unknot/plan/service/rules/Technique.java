package care.unknot.plan.service.rules;

/** The techniques of the focused program (domain.md 2.1). */
public enum Technique {
    SUSTAINED_PRESSURE_HOLDS,
    FASCIAL_STRETCHING,
    TRIGGER_POINT_RELEASE,
    JOINT_MOBILISATION,
    POSTURE_RETRAINING
}
