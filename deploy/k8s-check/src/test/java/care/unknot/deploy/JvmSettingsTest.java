package care.unknot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Quantity;

/**
 * The production JVM options live in one file, deploy/k8s/base/jvm.env (one line {@code JAVA_OPTS_APPEND=...},
 * read by the image's run-java.sh and by the bench harness), and every service's Deployment gets exactly them.
 */
class JvmSettingsTest {

    static final Path JVM_ENV = KustomizationsFixture.K8S.resolve("base/jvm.env");
    /** Metaspace, code cache, thread stacks, Netty's and Kafka's direct buffers live beside the heap. */
    static final long MIN_NON_HEAP_BYTES = 150L * 1024 * 1024;

    @Test
    void jvmEnvIsOneLineOfJavaOptsAppend() throws IOException {
        List<String> lines = Files.readAllLines(JVM_ENV).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("JAVA_OPTS_APPEND=-");
    }

    @Test
    void theOptionsChooseTheGarbageCollectorAHeapShareAndKeepC2() throws IOException {
        String options = options();
        assertThat(options).containsPattern("-XX:\\+Use(Parallel|G1|Z|Shenandoah|Serial)GC");
        assertThat(options).contains("-XX:MaxRAMPercentage=").contains("-XX:+UseContainerSupport")
                .contains("-XX:+ExitOnOutOfMemoryError");
        // the local stack's fast-start settings must never reach production: C1 only, fixed small heaps
        assertThat(options).doesNotContain("TieredStopAtLevel").doesNotContain("-Xmx").doesNotContain("-Xms")
                .doesNotContain("-XX:-UseContainerSupport");
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void everyServiceDeploymentGetsTheJvmOptions(Manifests manifests) throws IOException {
        for (ServiceConfig service : ServiceConfig.all()) {
            Deployed deployed = Deployed.of(service, manifests);
            assertThat(deployed.configuredValue("JAVA_OPTS_APPEND")).as("%s %s", manifests, service.name())
                    .isEqualTo(options());
            assertThat(deployed.container().getEnv()).as("%s %s sets no JVM options of its own", manifests,
                    service.name()).noneMatch(e -> e.getName().startsWith("JAVA_OPTS") || e.getName().startsWith(
                    "JAVA_TOOL") || e.getName().equals("JDK_JAVA_OPTIONS"));
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void theHeapShareLeavesRoomBesideTheHeapWithinEveryMemoryLimit(Manifests manifests) throws IOException {
        BigDecimal share = new BigDecimal(option("MaxRAMPercentage")).movePointLeft(2);
        for (ServiceConfig service : ServiceConfig.all()) {
            Quantity limit = Deployed.of(service, manifests).container().getResources().getLimits().get("memory");
            assertThat(limit).as("%s %s has a memory limit (the heap is a share of it)", manifests, service.name())
                    .isNotNull();
            BigDecimal bytes = Quantity.getAmountInBytes(limit);
            long nonHeap = bytes.subtract(bytes.multiply(share)).longValue();
            assertThat(nonHeap).as("%s %s: bytes beside the heap in %s", manifests, service.name(), limit)
                    .isGreaterThanOrEqualTo(MIN_NON_HEAP_BYTES);
        }
    }

    static String options() throws IOException {
        return Files.readAllLines(JVM_ENV).stream().filter(l -> l.startsWith("JAVA_OPTS_APPEND="))
                .map(l -> l.substring("JAVA_OPTS_APPEND=".length())).findFirst().orElseThrow();
    }

    private static String option(String name) throws IOException {
        Matcher matcher = Pattern.compile("-XX:" + name + "=([0-9.]+)").matcher(options());
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
