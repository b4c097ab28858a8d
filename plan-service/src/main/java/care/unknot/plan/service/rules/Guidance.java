package care.unknot.plan.service.rules;

import java.util.List;

/** A piece of patient guidance in plain words (no diagnosis, no drug advice), with a stable code and its reasons. */
public record Guidance(String code, String text, List<String> reasons) {

    public Guidance {
        reasons = List.copyOf(reasons);
    }
}
