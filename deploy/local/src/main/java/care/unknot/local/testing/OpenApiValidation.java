package care.unknot.local.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST Assured call of a service's tests against the service's committed {@code openapi.yaml}: the
 * request must be one the document allows, and the response (every status, problem+json included) must be one
 * the document declares, body and headers matching their schemas.
 *
 * <p>{@link OpenApiValidationCallback} installs the filter before each {@code @QuarkusTest} of a module that has an
 * {@code openapi.yaml}, so no test can forget it. A test that sends a request the document forbids on purpose
 * adds {@link #violatesDocument()} to that call: the filter then requires the request to be invalid (a document
 * that allows what the server refuses fails the test) and still checks the response. Calls to {@code /q/...}
 * (health, metrics, the document itself) are not part of the API document and are not checked.
 */
public final class OpenApiValidation implements Filter {

    /** The committed document, relative to the module directory (Maven's working directory for tests). */
    public static final Path DOCUMENT = Path.of("openapi.yaml");

    private static final Map<Path, OpenApiValidation> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final Filter VIOLATES_DOCUMENT = new Marker();
    private static final List<String> NO_OPERATION = List.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;
    private final Path document;

    private OpenApiValidation(Path document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(Downgrade30.of(document))
                // The bearer requirement is checked by the service (401 problem+json, documented on every
                // operation); a test calling without a token is not a malformed request.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The filter for {@code document}, built once per JVM. */
    public static OpenApiValidation of(Path document) {
        return BY_DOCUMENT.computeIfAbsent(document.toAbsolutePath().normalize(), OpenApiValidation::new);
    }

    /**
     * Makes every REST Assured call of this JVM validate against the module's {@link #DOCUMENT}; does nothing in a
     * module without one. Idempotent.
     */
    public static void installForModule() {
        if (!Files.exists(DOCUMENT)) {
            return;
        }
        OpenApiValidation filter = of(DOCUMENT);
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof OpenApiValidation)) {
            RestAssured.filters(filter);
        }
    }

    /**
     * Add to a call (e.g. {@code given().filter(OpenApiValidation.violatesDocument())}) that sends a request the
     * document forbids on purpose: the request must then fail validation, and the response is still checked.
     */
    public static Filter violatesDocument() {
        return VIOLATES_DOCUMENT;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        if (!isModelled(request.getMethod())) {
            return response; // e.g. QUERY: a method no OpenAPI document can name
        }
        Request checked = RestAssuredRequest.of(request);
        if (checked.getPath().startsWith("/q/") || isCorsPreflight(request)) {
            return response; // not API operations: Quarkus' endpoints, and preflights the CORS layer answers
        }
        boolean violating = request.getDefinedFilters().contains(VIOLATES_DOCUMENT);
        ValidationReport requestReport = validator.validateRequest(checked);
        if (violating && !requestReport.hasErrors()) {
            throw new AssertionError(describe(checked) + " was sent as violating " + document
                    + ", but the document allows it (the server answered " + response.statusCode()
                    + "): declare the constraint in the document");
        }
        if (!violating && requestReport.hasErrors()) {
            throw new AssertionError(describe(checked) + " does not match " + document + " (if that is the point"
                    + " of the test, add OpenApiValidation.violatesDocument() to the call):\n"
                    + messages(requestReport));
        }
        if (violating && requestReport.getMessages().stream().anyMatch(m -> NO_OPERATION.contains(m.getKey()))) {
            return response; // a path or method the document does not have: no operation to check the response against
        }
        ValidationReport responseReport = validator.validateResponse(checked.getPath(), checked.getMethod(),
                RestAssuredResponse.of(response));
        if (responseReport.hasErrors()) {
            throw new AssertionError("The " + response.statusCode() + " response to " + describe(checked)
                    + " does not match " + document + ":\n" + messages(responseReport) + "\nbody: "
                    + response.asString());
        }
        return response;
    }

    private static boolean isModelled(String method) {
        return java.util.Arrays.stream(Request.Method.values()).anyMatch(m -> m.name().equalsIgnoreCase(method));
    }

    private static boolean isCorsPreflight(FilterableRequestSpecification request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
    }

    private static String describe(Request request) {
        return request.getMethod() + " " + request.getPath();
    }

    private static String messages(ValidationReport report) {
        List<String> lines = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                .toList();
        return lines.stream().collect(Collectors.joining("\n"));
    }

    /** Marks a call; passes the request on unchanged. */
    private static final class Marker implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext ctx) {
            return ctx.next(request, response);
        }
    }
}
