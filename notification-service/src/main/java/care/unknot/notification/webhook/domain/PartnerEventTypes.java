package care.unknot.notification.webhook.domain;

import care.unknot.events.EventTypes;
import java.util.List;

/**
 * The event types a partner may subscribe to. Each delivery's {@code data} carries ids and statuses only (see
 * {@link PartnerEventData}), never screening answers, diary contents or free text.
 */
public final class PartnerEventTypes {

    public static final List<String> ALL = List.of(
            EventTypes.REFERRAL_RECEIVED,
            EventTypes.REFERRAL_URGENT_REQUIRED,
            EventTypes.INTAKE_REVIEWED,
            EventTypes.PLAN_ACTIVATED,
            EventTypes.PLAN_PHASE_CHANGED,
            EventTypes.PLAN_COMPLETED);

    private PartnerEventTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
