package care.unknot.events;

import java.util.List;

/** CloudEvents {@code ce_source} values: the producing service as a URI reference. */
public final class Sources {

    public static final String INTAKE = "/intake-service";
    public static final String PLAN = "/plan-service";
    public static final String DIARY = "/diary-service";
    public static final String NOTIFICATION = "/notification-service";

    public static final List<String> ALL = List.of(INTAKE, PLAN, DIARY, NOTIFICATION);

    private Sources() {
    }
}
