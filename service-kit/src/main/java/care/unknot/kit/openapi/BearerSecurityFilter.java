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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
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
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    operation.setSecurity(new ArrayList<>(List.of(
                            OASFactory.createSecurityRequirement().addScheme(SCHEME))));
                }
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

    private static boolean hasIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilters.HEADER.equalsIgnoreCase(p.getName()));
    }
}
