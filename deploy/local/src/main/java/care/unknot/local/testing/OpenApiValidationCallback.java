package care.unknot.local.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Installs {@link OpenApiValidation} before each {@code @QuarkusTest} method of a module with a committed
 * {@code openapi.yaml} (registered in {@code META-INF/services}, so every service test gets it by having
 * local-infra on its test class path).
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        OpenApiValidation.installForModule();
    }
}
