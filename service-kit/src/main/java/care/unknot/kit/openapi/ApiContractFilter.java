package care.unknot.kit.openapi;

import java.util.Locale;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes every service's OpenAPI document tell the truth without each service repeating it: problem+json responses
 * ({@link ProblemResponses}), nullable optional properties and anchored patterns ({@link SchemaRules}), and an
 * {@code operationId} on every operation (the kit sets {@code operation-id-strategy=CLASS_METHOD}; an operation
 * without one, e.g. added by another filter, gets {@code <method><Path>}), and the server {@code /} (paths are
 * relative to where the service runs) unless the service names its servers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/").description("This service"));
        }
        ProblemResponses.apply(openAPI, openAPI.getComponents());
        SchemaRules.apply(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (op.getOperationId() == null || op.getOperationId().isBlank()) {
                op.setOperationId(operationId(method, path));
            }
            anchorParameters(op);
        }));
    }

    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String part : path.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    private static void anchorParameters(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getSchema() != null)
                    .forEach(p -> SchemaRules.anchor(p.getSchema()));
        }
    }
}
