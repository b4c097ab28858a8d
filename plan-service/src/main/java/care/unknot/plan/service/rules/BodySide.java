package care.unknot.plan.service.rules;

/** The side a home-program spot is worked on. */
public enum BodySide {
    LEFT,
    RIGHT
}
