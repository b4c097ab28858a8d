package care.unknot.intake.service.screening;

import java.util.ResourceBundle;

/** Plain-language texts of the screening rules, held in {@code screening-rules.properties}. */
final class RuleCatalogue {

    private static final String BUNDLE = "screening-rules";
    private static final String URGENT_GUIDANCE = "guidance.URGENT_REFERRAL";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE);

    String explanation(ScreeningRule rule) {
        return texts.getString(rule.id());
    }

    String urgentGuidance() {
        return texts.getString(URGENT_GUIDANCE);
    }
}
