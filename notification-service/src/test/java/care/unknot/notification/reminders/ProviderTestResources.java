package care.unknot.notification.reminders;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) and an HTTP fake of the SMS and push providers (WireMock), one each per test JVM,
 * wired into quarkus-mailer and unknot.channels.*.
 */
@QuarkusTestResource(ProviderTestResources.Smtp.class)
@QuarkusTestResource(ProviderTestResources.Providers.class)
public final class ProviderTestResources {

    static final String SMS_SID = "AC0123456789";
    static final String SMS_TOKEN = "sms-secret";
    static final String SMS_PATH = "/2010-04-01/Accounts/" + SMS_SID + "/Messages.json";
    static final String PUSH_PROJECT = "unknot-test";
    static final String PUSH_TOKEN = "push-token";

    private static GreenMail smtp;
    private static WireMockServer providers;

    private ProviderTestResources() {
    }

    static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp;
    }

    static synchronized WireMockServer providers() {
        if (providers == null) {
            providers = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            providers.start();
        }
        return providers;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class Smtp implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(smtp().getSmtp().getPort()));
        }

        @Override
        public void stop() {
            // one server per JVM, shared by every Quarkus boot; the JVM's end stops it
        }
    }

    public static class Providers implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String base = providers().baseUrl();
            return Map.of("unknot.channels.sms.base-url", base, "unknot.channels.sms.account-sid", SMS_SID,
                    "unknot.channels.sms.auth-token", SMS_TOKEN, "unknot.channels.sms.from", "+15005550006",
                    "unknot.channels.push.base-url", base, "unknot.channels.push.project-id", PUSH_PROJECT,
                    "unknot.channels.push.access-token", PUSH_TOKEN,
                    "unknot.channels.sms.timeout", "PT2S", "unknot.channels.push.timeout", "PT2S");
        }

        @Override
        public void stop() {
            // as above
        }
    }
}
