package care.unknot.kit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error leaves a service as {@code application/problem+json}. Priority {@value #PRIORITY} puts these ahead
 * of Quarkus' built-in mappers for the same exception types; a service that needs its own mapper for one of
 * them registers it with a smaller priority.
 */
public class ProblemMappers {

    static final int PRIORITY = Priorities.USER - 100;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer";

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e, instance(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ViolationPaths::isReturnValue)) {
            return unexpected(e, uri); // our response broke its own contract: not the client's fault
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(ViolationPaths.fieldOf(violation), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        return ProblemResponses.of(400, "Validation failed", "The request has invalid fields.", instance(uri),
                violations);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validationSetup(ValidationException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationIncomplete(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, "This role may not perform this operation.", instance(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource,
            HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if ((status == 404 || status == 400) && e.getCause() != null) {
            // a parameter that did not convert (JAX-RS says 404 for path/query, 400 for headers): bad input
            Optional<Problem.Violation> parameter = ParameterProblems.unconvertible(resource, uri, headers);
            if (parameter.isPresent()) {
                return ProblemResponses.of(400, "Invalid parameter", "A parameter has an invalid value.",
                        instance(uri), List.of(parameter.get()));
            }
        }
        if (status == 401) {
            return unauthenticated(uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response problem = ProblemResponses.of(status, detailFor(status), instance(uri));
        return copyHeaders(e.getResponse(), problem, HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        // the exception's messages could quote data (SQL values, payloads): log its classes and frames only
        LOG.errorf(Redacted.of(e), "unexpected error %s on %s", errorId, instance(uri));
        return ProblemResponses.of(500, "Internal Server Error",
                "An unexpected error occurred. Quote error id " + errorId + " when reporting it.", instance(uri),
                List.of());
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        Problem.Violation violation = JsonProblems.violation(e);
        String detail = JsonProblems.isMalformed(e) ? "The request body is not well-formed JSON."
                : "A field of the request body has the wrong type or value.";
        return ProblemResponses.of(400, JsonProblems.isMalformed(e) ? "Malformed JSON" : "Invalid JSON value",
                detail, instance(uri), List.of(violation));
    }

    private static Response unauthenticated(UriInfo uri) {
        Response problem = ProblemResponses.of(401, "A valid bearer token is required.", instance(uri));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 403 -> "This role may not perform this operation.";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced.";
            case 413 -> "The request body is too large.";
            case 415 -> "This media type is not supported; send application/json.";
            default -> null;
        };
    }

    private static Response copyHeaders(Response from, Response to, String... names) {
        if (from == null) {
            return to;
        }
        Response.ResponseBuilder builder = Response.fromResponse(to);
        for (String name : names) {
            Object value = from.getHeaders().getFirst(name);
            if (value != null) {
                builder.header(name, value);
            }
        }
        return builder.build();
    }

    static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
