package care.unknot.plan.service.rules;

import java.util.List;

/**
 * One choice of a draft or proposal with the reasons that made it: rule ids ("PR-BP", "DOMAIN-2.3-COMBINED",
 * "PR-FRACTURE:NECK") or intake answers ("PHENOTYPE:MIGRAINE_LIKE", "CARE_MODE:REQUESTED"), so a clinician sees why.
 */
public record Choice<T>(T value, List<String> reasons) {

    public Choice {
        reasons = List.copyOf(reasons);
    }

    public static <T> Choice<T> of(T value, String... reasons) {
        return new Choice<>(value, List.of(reasons));
    }
}
