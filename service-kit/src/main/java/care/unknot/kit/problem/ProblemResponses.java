package care.unknot.kit.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds problem responses. The body is written here as text, so it is served as problem+json whatever the
 * client's {@code Accept} said (a 406 must still carry a readable body).
 */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    public static Response of(int status, String detail, String instance) {
        return of(status, HttpTitles.of(status), detail, instance, List.of());
    }

    public static Response of(int status, String title, String detail, String instance,
            List<Problem.Violation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(json(new Problem(Problem.ABOUT_BLANK, title, status, detail, instance, violations)))
                .build();
    }

    public static Response of(ProblemException problem, String instance) {
        Response response = of(problem.status(), problem.title(), problem.detail(), instance, problem.violations());
        if (problem.retryAfter() != null) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, problem.retryAfter().toSeconds()))
                    .build();
        }
        return response;
    }

    public static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
