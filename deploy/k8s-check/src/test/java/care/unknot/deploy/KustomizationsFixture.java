package care.unknot.deploy;

import java.nio.file.Path;
import java.util.List;

/** deploy/k8s resolved once per test JVM: the base and both overlays. */
final class KustomizationsFixture {

    static final Path K8S = ServiceConfig.ROOT.resolve("deploy/k8s");

    static final List<Manifests> ALL = List.of(
            Manifests.of(K8S.resolve("base")),
            Manifests.of(K8S.resolve("overlays/dev")),
            Manifests.of(K8S.resolve("overlays/prod")));

    /** For {@code @MethodSource}: each test runs on the base and on both overlays. */
    static final String ALL_SOURCE = "care.unknot.deploy.KustomizationsFixture#all";

    private KustomizationsFixture() {
    }

    static List<Manifests> all() {
        return ALL;
    }
}
