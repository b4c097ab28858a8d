package care.unknot.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restassured.path.json.JsonPath;

/**
 * The partner clinic's webhook endpoint, in the test JVM on a free loopback port: every delivery is verified with
 * the Standard Webhooks reference library (signature, and the webhook-timestamp against real time) before it
 * counts; a delivery that fails verification gets 401 and is kept apart as rejected.
 */
final class PartnerReceiver implements AutoCloseable {

    /** A verified delivery: its webhook-id and the body's {@code type} and {@code data}. */
    record Delivery(String id, String type, Map<String, Object> data) {
    }

    private final HttpServer server;
    private final List<Delivery> verified = new CopyOnWriteArrayList<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private volatile Webhook webhook;

    private PartnerReceiver(HttpServer server) {
        this.server = server;
    }

    static PartnerReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        PartnerReceiver receiver = new PartnerReceiver(server);
        server.createContext("/", receiver::handle);
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/partner/webhooks";
    }

    /** The signing secret the subscription returned (shown once). */
    void trust(String secret) {
        webhook = new Webhook(secret);
    }

    List<Delivery> verified() {
        return List.copyOf(verified);
    }

    /** The webhook-ids of the deliveries that failed verification. */
    List<String> rejected() {
        return List.copyOf(rejected);
    }

    boolean received(String type, String patientId) {
        return verified.stream().anyMatch(d -> d.type().equals(type) && patientId.equals(d.data().get("patientId")));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            Webhook current = webhook;
            try {
                if (current == null) {
                    throw new WebhookVerificationException("no secret yet");
                }
                current.verify(body, HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true));
            } catch (WebhookVerificationException e) {
                rejected.add(String.valueOf(id));
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonPath json = JsonPath.from(body);
            verified.add(new Delivery(id, json.getString("type"), json.getMap("data")));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
