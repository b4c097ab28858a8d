package care.unknot.kit.problem;

import java.time.Duration;
import java.util.List;

/**
 * The one way services report a client-visible error: the kit maps it to a {@link Problem}. Messages are the
 * service's own words; never put health data or exception text in them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<Problem.Violation> violations;
    private final Duration retryAfter;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of(), null);
    }

    protected ProblemException(int status, String title, String detail, List<Problem.Violation> violations,
            Duration retryAfter) {
        super(status + " " + (title == null ? HttpTitles.of(status) : title), null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.title = title == null ? HttpTitles.of(status) : title;
        this.detail = detail;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    /** A problem about one field (body path, query parameter or header), e.g. 400 or 422. */
    public static ProblemException field(int status, String field, String message) {
        return new ProblemException(status, null, message, List.of(new Problem.Violation(field, message)), null);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, null, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, null, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, null, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, null, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, null, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, null, detail);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, null, detail);
    }

    /** 429 with a {@code Retry-After} header (seconds). */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, null, detail, List.of(), retryAfter);
    }

    /** Any status with a {@code Retry-After} header, e.g. 409 while a first request is still running. */
    public static ProblemException retryLater(int status, String detail, Duration retryAfter) {
        return new ProblemException(status, null, detail, List.of(), retryAfter);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** {@code Retry-After} to send, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
