package care.unknot.kit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import care.unknot.kit.problem.Problem;

/**
 * Documents the problem+json answers the kit gives on every operation, so no service has to repeat them: the
 * {@code Problem} schema, and per operation the statuses the kit's mappers and filters can answer there (400 for
 * parameters or a body, 401, 403, 404 under a path template, 406, 413/415 with a body, 409/422 for an
 * {@code Idempotency-Key} on POST, 414, 500). A service's own description of a status stays; an error response
 * without a body gets the problem+json one.
 */
final class ProblemResponses {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";

    private ProblemResponses() {
    }

    static void apply(OpenAPI openAPI, Components components) {
        components.addSchema(VIOLATION, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty("field", string("The JSON path of the field (e.g. answers.hit6[2]) or the name of a "
                        + "parameter or header"))
                .addProperty("message", string("What is wrong with it")));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("about:blank").examples(List.of("about:blank")))
                .addProperty("title", string("The status' reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong, without personal data"))
                .addProperty("instance", string("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(VIOLATION))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> apply(path, method, operation)));
    }

    private static void apply(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        Map<String, String> statuses = new LinkedHashMap<>();
        if (body || parameters || method == PathItem.HttpMethod.POST) { // POST: a malformed Idempotency-Key
            statuses.put("400", "Invalid request: the problem names each offending field or parameter");
        }
        statuses.put("401", "No valid bearer token");
        statuses.put("403", "The token's roles do not allow this operation");
        if (path.contains("{")) {
            statuses.put("404", "Not found, or not visible to the caller");
        }
        statuses.put("406", "The Accept header excludes the response's media type");
        if (method == PathItem.HttpMethod.POST) {
            statuses.put("409", "A request with the same Idempotency-Key is still running: retry after Retry-After");
        }
        if (body) {
            statuses.put("413", "The body is larger than the configured limit");
            statuses.put("415", "The body is not application/json");
        }
        if (method == PathItem.HttpMethod.POST) {
            statuses.put("422", "The Idempotency-Key was used with another request");
        }
        statuses.put("414", "The request line is too long");
        statuses.put("500", "Unexpected error: detail carries an error id for support");
        statuses.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                problemBody(response);
            }
        });
    }

    /** A problem+json body with the Problem schema, keeping a service's own examples. */
    private static void problemBody(APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        MediaType media = content.getMediaType(Problem.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, media);
        }
        media.setSchema(OASFactory.createSchema().ref(PROBLEM));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
