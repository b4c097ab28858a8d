package care.unknot.events;

import java.util.List;

/** Kafka topic names: one topic per producing service, and one dead-letter topic per consuming service. */
public final class Topics {

    public static final String INTAKE = "intake.events";
    public static final String PLAN = "plan.events";
    public static final String DIARY = "diary.events";
    public static final String NOTIFICATION = "notification.events";

    /** Dead-letter topics ({@code <service>.dlq}) for messages a consumer could not process. */
    public static final String INTAKE_DLQ = "intake-service.dlq";
    public static final String PLAN_DLQ = "plan-service.dlq";
    public static final String DIARY_DLQ = "diary-service.dlq";
    public static final String NOTIFICATION_DLQ = "notification-service.dlq";

    public static final List<String> EVENT_TOPICS = List.of(INTAKE, PLAN, DIARY, NOTIFICATION);
    public static final List<String> DEAD_LETTER_TOPICS = List.of(INTAKE_DLQ, PLAN_DLQ, DIARY_DLQ, NOTIFICATION_DLQ);

    private Topics() {
    }

    /** The dead-letter topic of a service, e.g. {@code deadLetter("diary-service")} is {@code diary-service.dlq}. */
    public static String deadLetter(String serviceName) {
        return serviceName + ".dlq";
    }
}
