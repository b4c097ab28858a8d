package care.unknot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The services' Kubernetes resources in the base and in each overlay, checked against the services' sources. */
class ServiceManifestsTest {

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void everyVariableAServiceReadsInProductionComesFromAConfigMapOrSecret(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, String> provided = Deployed.of(service, manifests).providedEnvironment();
            assertThat(provided.keySet()).as("%s: %s reads these in production", manifests, service.name())
                    .containsAll(service.productionEnvironment());
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void probesUseTheQuarkusHealthEndpointsOnTheServedPort(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            Container container = Deployed.of(service, manifests).container();
            assertThat(httpGet(container.getStartupProbe()).getPath()).isEqualTo("/q/health/started");
            assertThat(httpGet(container.getLivenessProbe()).getPath()).isEqualTo("/q/health/live");
            assertThat(httpGet(container.getReadinessProbe()).getPath()).isEqualTo("/q/health/ready");
            for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(),
                    container.getReadinessProbe())) {
                assertThat(httpGet(probe).getPort().getStrVal()).as(service.name()).isEqualTo("http");
            }
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void imagesAndPortsMatchTheServices(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            Deployed deployed = Deployed.of(service, manifests);
            String image = deployed.container().getImage();
            assertThat(Kustomize.nameOf(image)).as(service.name()).endsWith(service.imageName());
            if (!manifests.name.equals("base")) {
                assertThat(Kustomize.tagOf(image)).as(image).isNotEmpty().isNotEqualTo("latest");
            }
            int httpPort = Integer.parseInt(deployed.configuredValue("QUARKUS_HTTP_PORT"));
            assertThat(deployed.container().getPorts()).as(service.name())
                    .anySatisfy(p -> {
                        assertThat(p.getName()).isEqualTo("http");
                        assertThat(p.getContainerPort()).isEqualTo(httpPort);
                    });
            Service k8sService = manifests.find(Service.class, service.name()).orElseThrow();
            assertThat(k8sService.getSpec().getSelector())
                    .isEqualTo(deployed.deployment().getSpec().getSelector().getMatchLabels());
            assertThat(k8sService.getSpec().getPorts()).extracting(ServicePort::getName).containsExactly("http");
            assertThat(k8sService.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo("http");
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void containersRunAsNonRootWithAReadOnlyRootAndNoCapabilities(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            Deployed deployed = Deployed.of(service, manifests);
            PodSecurityContext pod = deployed.pod().getSecurityContext();
            assertThat(pod.getRunAsNonRoot()).as(service.name()).isTrue();
            assertThat(pod.getRunAsUser()).isPositive();
            assertThat(pod.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(deployed.pod().getAutomountServiceAccountToken()).isFalse();
            SecurityContext container = deployed.container().getSecurityContext();
            assertThat(container.getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getPrivileged()).isNotEqualTo(Boolean.TRUE);
            assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(container.getCapabilities().getAdd()).isEmpty();
            // a read-only root needs a writable /tmp (Vert.x and the JVM write there)
            String tmpVolume = deployed.container().getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElseThrow().getName();
            assertThat(deployed.pod().getVolumes()).anySatisfy(v -> {
                assertThat(v.getName()).isEqualTo(tmpVolume);
                assertThat(v.getEmptyDir()).isNotNull();
            });
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void requestsAndLimitsAreSetAndConsistent(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            var resources = Deployed.of(service, manifests).container().getResources();
            assertThat(resources.getRequests()).as(service.name()).containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as(service.name()).containsKeys("cpu", "memory");
            for (String kind : List.of("cpu", "memory")) {
                assertThat(Quantity.getAmountInBytes(resources.getRequests().get(kind)))
                        .as("%s %s request <= limit", service.name(), kind)
                        .isLessThanOrEqualTo(Quantity.getAmountInBytes(resources.getLimits().get(kind)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void shutdownLeavesTheOutboxRelayTimeToFinishItsRound(Manifests manifests) {
        // RelayLoop.stop() waits for the round in progress: up to the publish timeout plus 5 s
        Duration publishTimeout = ServiceConfig.all().get(0).value("unknot.outbox.publish-timeout")
                .map(ServiceManifestsTest::duration).orElseGet(ServiceManifestsTest::publishTimeoutDefault);
        for (ServiceConfig service : ServiceConfig.all()) {
            Deployed deployed = Deployed.of(service, manifests);
            var preStop = deployed.container().getLifecycle().getPreStop();
            long preStopSeconds = preStop.getSleep() == null ? 0 : preStop.getSleep().getSeconds();
            long needed = preStopSeconds + publishTimeout.toSeconds() + 5 + 10; // + 10 s for open HTTP requests
            assertThat(deployed.pod().getTerminationGracePeriodSeconds()).as(service.name())
                    .isGreaterThanOrEqualTo(needed);
            assertThat(deployed.deployment().getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
                    .isZero();
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void everyServiceHasAnAutoscalerADisruptionBudgetAndAServiceMonitor(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            Deployed deployed = Deployed.of(service, manifests);
            HorizontalPodAutoscaler hpa = manifests.find(HorizontalPodAutoscaler.class, service.name()).orElseThrow();
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service.name());
            assertThat(hpa.getSpec().getMinReplicas()).isPositive()
                    .isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
            assertThat(deployed.deployment().getSpec().getReplicas()).isEqualTo(hpa.getSpec().getMinReplicas());

            PodDisruptionBudget pdb = manifests.find(PodDisruptionBudget.class, service.name()).orElseThrow();
            assertThat(pdb.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployed.deployment().getSpec().getSelector().getMatchLabels());

            var monitor = manifests.generic("ServiceMonitor").stream()
                    .filter(m -> m.getMetadata().getName().equals(service.name())).findFirst().orElseThrow();
            Map<String, Object> spec = monitor.get("spec");
            assertThat(((Map<?, ?>) spec.get("selector")).get("matchLabels"))
                    .isEqualTo(manifests.find(Service.class, service.name()).orElseThrow().getMetadata().getLabels()
                            .entrySet().stream().filter(e -> e.getKey().equals("app.kubernetes.io/name"))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            assertThat((List<Map<String, Object>>) spec.get("endpoints")).singleElement().satisfies(e -> {
                assertThat(e.get("port")).isEqualTo("http");
                assertThat(e.get("path")).isEqualTo("/q/metrics");
            });
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void theIngressPublishesOnlyTheApisOfTheServices(Manifests manifests) {
        Ingress ingress = manifests.all(Ingress.class).stream().reduce((a, b) -> {
            throw new AssertionError("one Ingress expected");
        }).orElseThrow();
        Set<String> backends = ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .peek(path -> {
                    assertThat(path.getPath()).isEqualTo("/api/");
                    assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
                })
                .map(path -> path.getBackend().getService().getName())
                .collect(Collectors.toSet());
        assertThat(backends).isEqualTo(ServiceConfig.all().stream().map(ServiceConfig::name).collect(Collectors.toSet()));
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void noSecretIsCommittedWithAValueAndEveryReferencedSecretIsDocumented(Manifests manifests) {
        for (Secret secret : manifests.all(Secret.class)) {
            assertThat(secret.getData()).as(secret.getMetadata().getName()).isNullOrEmpty();
            assertThat(secret.getStringData()).as(secret.getMetadata().getName()).isNullOrEmpty();
        }
        String readme = ServiceConfig.read(ServiceConfig.ROOT.resolve("deploy/README.md"));
        for (ServiceConfig service : ServiceConfig.all()) {
            for (String secret : Deployed.of(service, manifests).secrets()) {
                assertThat(readme).as("deploy/README.md names the Secret %s and who creates it", secret)
                        .contains("`" + secret + "`");
            }
        }
    }

    @Test
    void deployReadmeDocumentsEveryProductionVariable() {
        String readme = ServiceConfig.read(ServiceConfig.ROOT.resolve("deploy/README.md"));
        for (ServiceConfig service : ServiceConfig.all()) {
            for (String variable : service.productionEnvironment()) {
                assertThat(readme).as("deploy/README.md's table documents %s (%s)", variable, service.name())
                        .contains("`" + variable + "`");
            }
        }
    }

    @Test
    void theDerivationSeesEveryProductionVariable() {
        // guards the derivation itself: these are read today and must be found in the sources
        assertThat(ServiceConfig.named("intake-service").productionEnvironment())
                .contains("INTAKE_DB_URL", "KAFKA_BOOTSTRAP_SERVERS", "JWT_PUBLIC_KEY_LOCATION", "UNKNOT_LOG_JSON");
        assertThat(ServiceConfig.named("diary-service").productionEnvironment()).contains("MONGODB_URI")
                .doesNotContain("INTAKE_DB_URL");
    }

    private static HTTPGetAction httpGet(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet();
    }

    /** The {@code @WithDefault} of {@code OutboxConfig.publishTimeout()}. */
    private static Duration publishTimeoutDefault() {
        String source = ServiceConfig.read(ServiceConfig.ROOT
                .resolve("service-kit/src/main/java/care/unknot/kit/outbox/OutboxConfig.java"));
        Matcher m = Pattern.compile("@WithDefault\\(\"([^\"]+)\"\\)\\s+Duration publishTimeout\\(").matcher(source);
        assertThat(m.find()).as("OutboxConfig.publishTimeout() and its default").isTrue();
        return duration(m.group(1));
    }

    /** Quarkus' short durations ({@code 30s}, {@code 500ms}, {@code 2m}) or ISO-8601. */
    private static Duration duration(String value) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(value);
        if (!m.matches()) {
            return Duration.parse(value);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
