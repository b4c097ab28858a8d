package care.unknot.plan.service.rules;

/** Tools of the home program (domain.md 2.5). */
public enum HomeTool {
    TENNIS_BALL,
    LACROSSE_BALL,
    SOFT_FOAM_BALL,
    SMALL_TOWEL
}
