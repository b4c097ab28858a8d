package care.unknot.plan.service.rules;

import java.util.List;

/** A technique with what the precautions made of it and why (DOMAIN-2.1 when kept as usual). */
public record TechniqueChoice(Technique technique, TechniqueStatus status, List<String> reasons) {

    public TechniqueChoice {
        reasons = List.copyOf(reasons);
    }
}
