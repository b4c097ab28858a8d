import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The demo's partner clinic: a Standard Webhooks receiver on loopback that verifies every signature.
 * Run as a single-file program: java WebhookReceiver.java <port> <secret file> <received file>.
 * The secret is read from its file on each request (the demo writes it once the subscription exists). Each request
 * is one line in the received file: "<verified|REJECTED> <webhook-id> <body>"; a bad signature gets 401. The
 * webhook-timestamp is checked (5 minutes) against real time, as a partner's server does: it is transport time (like
 * a JWT's expiry), not the local stack's settable clock, which only the body's "timestamp" (the event's time) follows.
 */
public class WebhookReceiver {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path secretFile = Path.of(args[1]), received = Path.of(args[2]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/", exchange -> handle(exchange, secretFile, received));
        server.start();
        System.out.println("webhook receiver on http://127.0.0.1:" + port + "/");
    }

    private static void handle(HttpExchange exchange, Path secretFile, Path received) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        String reason = verify(secretFile, id, timestamp, signatures, body);
        String line = (reason == null ? "verified" : "REJECTED(" + reason + ")") + " " + id + " "
                + new String(body, StandardCharsets.UTF_8).replace('\n', ' ') + "\n";
        synchronized (WebhookReceiver.class) {
            Files.writeString(received, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        exchange.sendResponseHeaders(reason == null ? 204 : 401, -1);
        exchange.close();
    }

    private static String verify(Path secretFile, String id, String timestamp, String signatures,
                                 byte[] body) {
        try {
            if (id == null || timestamp == null || signatures == null) {
                return "missing-headers";
            }
            long skew = Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000);
            if (skew > 300) {
                return "timestamp-off-by-" + skew + "s";
            }
            String secret = Files.readString(secretFile).trim();
            byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
            for (String entry : signatures.split(" ")) {
                if (entry.startsWith("v1,") && MessageDigest.isEqual(expected,
                        entry.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                    return null;
                }
            }
            return "bad-signature";
        } catch (Exception e) {
            return "error-" + e.getClass().getSimpleName();
        }
    }
}
