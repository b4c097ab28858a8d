package care.unknot.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.notification.webhook.config.WebhookConfig;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

    @Test
    void byDefaultRefusesPlainHttpLoopbackPrivateAndLinkLocalTargets() {
        TargetGuard guard = new TargetGuard(config(false, false, false));

        assertThat(guard.refusal("http://93.184.216.34/hook")).contains("must be an https URL");
        assertThat(guard.refusal("https://127.0.0.1/hook")).contains("resolves to a loopback address");
        assertThat(guard.refusal("https://localhost:8443/hook")).contains("resolves to a loopback address");
        assertThat(guard.refusal("https://[::1]/hook")).contains("resolves to a loopback address");
        assertThat(guard.refusal("https://10.1.2.3/hook")).contains("resolves to a private or link-local address");
        assertThat(guard.refusal("https://192.168.0.10/hook")).isPresent();
        assertThat(guard.refusal("https://172.16.5.4/hook")).isPresent();
        assertThat(guard.refusal("https://169.254.169.254/latest/meta-data")).isPresent();
        assertThat(guard.refusal("https://100.64.0.1/hook")).isPresent();
        assertThat(guard.refusal("https://[fd00::1]/hook")).isPresent();
        assertThat(guard.refusal("https://[fe80::1]/hook")).isPresent();
        assertThat(guard.refusal("https://0.0.0.0/hook")).isPresent();
        assertThat(guard.refusal("ftp://93.184.216.34/hook")).isPresent();
        assertThat(guard.refusal("https://user:pw@93.184.216.34/hook")).isPresent();
    }

    @Test
    void acceptsAPublicHttpsTarget() {
        TargetGuard guard = new TargetGuard(config(false, false, false));

        assertThat(guard.refusal("https://93.184.216.34/unknot/webhooks")).isEmpty();
    }

    @Test
    void configurationAllowsLoopbackAndHttpWithoutOpeningPrivateRanges() {
        TargetGuard guard = new TargetGuard(config(true, true, false));

        assertThat(guard.refusal("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(guard.refusal("http://10.1.2.3/hook")).contains("resolves to a private or link-local address");
    }

    static WebhookConfig config(boolean http, boolean loopback, boolean privateRanges) {
        WebhookConfig.Targets targets = (WebhookConfig.Targets) Proxy.newProxyInstance(
                TargetGuardTest.class.getClassLoader(), new Class<?>[] {WebhookConfig.Targets.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "allowHttp" -> http;
                    case "allowLoopback" -> loopback;
                    case "allowPrivate" -> privateRanges;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (WebhookConfig) Proxy.newProxyInstance(TargetGuardTest.class.getClassLoader(),
                new Class<?>[] {WebhookConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "targets" -> targets;
                    case "secretKey" -> "bG9jYWwtb25seS13ZWJob29rLXNlY3JldHMta2V5ISE=";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
