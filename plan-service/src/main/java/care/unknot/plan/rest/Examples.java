package care.unknot.plan.rest;

/** Request and response examples of the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String ADJUSTMENT = """
            {"sessionMinutes": 60, "removeAreas": ["SCALENES"], "diagnosisCodes": ["G44.209", "M54.2"],
             "reason": "Scalenes tender on palpation but not involved; longer sessions for the assessment"}""";

    static final String ASSIGNMENT = """
            {"therapistId": "7e6d5c4b-3a29-4187-9654-3210fedcba05"}""";

    static final String CLOSURE = """
            {"reason": "REFERRED_TO_PHYSICIAN", "note": "New neurological symptoms; physician to evaluate"}""";

    static final String SCHEDULE = """
            {"startsAt": "2026-04-07T10:00:00", "durationMinutes": 45}""";

    static final String RESCHEDULE = """
            {"startsAt": "2026-04-09T16:30:00"}""";

    static final String REASSIGN = """
            {"therapistId": "7e6d5c4b-3a29-4187-9654-3210fedcba05"}""";

    static final String RECORD = """
            {"areas": ["SUBOCCIPITALS", "UPPER_TRAPEZIUS"], "techniques": ["SUSTAINED_PRESSURE_HOLDS",
             "TRIGGER_POINT_RELEASE"], "painBefore": 6, "painAfter": 3,
             "cervicalRangeOfMotion": {"flexion": 45, "extension": 55, "rotationLeft": 70, "rotationRight": 65},
             "adverseReactions": [{"kind": "OTHER", "severity": "MILD"}],
             "notes": "Tenderness after release is expected", "procedureCodes": ["97161", "97140"]}""";

    static final String CONFIRM = """
            {"revision": 1}""";

    static final String OVERRIDE = """
            {"revision": 1, "decision": "CONTINUE", "reason": "Diary gaps around a holiday; reassess at session 8"}""";
}
