package care.unknot.kit.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import care.unknot.kit.rest.idempotency.IdempotencyFilters;

/**
 * The OpenAPI conventions every service shares, applied when the document is built: a bearer-JWT security
 * scheme ({@value #SCHEME}) required by every operation that does not declare its own, and the optional
 * {@code Idempotency-Key} header on every POST.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BearerSecurityFilter implements OASFilter {

    public static final String SCHEME = "bearer";
    static final String QUARKUS_DEFAULT_SCHEME = "SecurityScheme";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSecuritySchemes() != null
                && components.getSecuritySchemes().containsKey(QUARKUS_DEFAULT_SCHEME)) {
            components.removeSecurityScheme(QUARKUS_DEFAULT_SCHEME);
        }
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("A JWT from the Unknot identity provider; roles: patient, therapist, admin, partner."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                operation.setSecurity(requirements(operation.getSecurity()));
                if (entry.getKey() == PathItem.HttpMethod.POST && !hasIdempotencyKey(operation)) {
                    operation.addParameter(OASFactory.createParameter()
                            .name(IdempotencyFilters.HEADER)
                            .in(Parameter.In.HEADER)
                            .required(false)
                            .description("Retry-safe POST: a retry with the same key and body returns the first "
                                    + "response; the same key with another body gets 422.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255)));
                }
            }
        }
    }

    /**
     * Bearer on every operation. Quarkus' own requirement for {@code @RolesAllowed} (scheme
     * {@value #QUARKUS_DEFAULT_SCHEME}, the roles as its list) is renamed to {@value #SCHEME} keeping the roles,
     * which OpenAPI 3.1 allows for non-OAuth schemes; requirements a service declared itself stay.
     */
    private static List<SecurityRequirement> requirements(List<SecurityRequirement> declared) {
        List<SecurityRequirement> result = new ArrayList<>();
        if (declared != null) {
            for (SecurityRequirement requirement : declared) {
                SecurityRequirement renamed = OASFactory.createSecurityRequirement();
                requirement.getSchemes().forEach((name, scopes) -> renamed.addScheme(
                        QUARKUS_DEFAULT_SCHEME.equals(name) ? SCHEME : name, scopes));
                result.add(renamed);
            }
        }
        if (result.stream().noneMatch(r -> r.hasScheme(SCHEME))) {
            result.add(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        }
        return result;
    }

    private static boolean hasIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilters.HEADER.equalsIgnoreCase(p.getName()));
    }
}
