package care.unknot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The local stack's settable clock is switched on by the profile {@code local} and {@code UNKNOT_CLOCK_FILE}
 * (service-kit's KitClock): no Kubernetes overlay and no compose service may set either, so deployed services
 * always run on the system clock.
 */
class LocalOnlySettingsTest {

    private static final Set<String> LOCAL_ONLY = Set.of("QUARKUS_PROFILE", "UNKNOT_CLOCK_FILE");

    @Test
    void noDeploymentSetsTheLocalProfileOrTheClockFile() {
        for (Manifests manifests : KustomizationsFixture.ALL) {
            for (ServiceConfig service : ServiceConfig.all()) {
                assertThat(Deployed.of(service, manifests).environmentNames()).as("%s", service.name())
                        .doesNotContainAnyElementsOf(LOCAL_ONLY);
            }
        }
        JsonNode compose = Kustomize.readAll(ServiceConfig.ROOT.resolve("deploy/compose/docker-compose.yml")).get(0);
        for (ServiceConfig service : ServiceConfig.all()) {
            Set<String> names = new TreeSet<>();
            compose.path("services").path(service.name()).path("environment").fieldNames().forEachRemaining(names::add);
            assertThat(names).as("compose %s", service.name()).doesNotContainAnyElementsOf(LOCAL_ONLY);
        }
    }
}
