package care.unknot.kit.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@value #MEDIA_TYPE}. {@code violations} names each offending field
 * (JSON path as the client sent it, e.g. {@code answers.hit6[2]}) with a message.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** RFC 9457: no further semantics than the status code. */
    public static final String ABOUT_BLANK = "about:blank";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** One offending field; {@code field} may name a header or query parameter (e.g. {@code If-Match}). */
    public record Violation(String field, String message) {
    }
}
