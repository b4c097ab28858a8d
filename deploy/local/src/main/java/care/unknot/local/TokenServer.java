package care.unknot.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local stack's token mint on loopback, for scripts that need many tokens at once ({@code ./unknot token
 * patient --count 500}): {@code GET /token?role=<role>[&subject=..][&partner_id=..][&count=n]} answers the tokens
 * one a line, as {@link TokenCli} would mint them (a patient without subject gets a new UUID per token). One JVM
 * signs them all, so hundreds a second; a single token is minted by {@code ./unknot token} itself with openssl.
 */
public final class TokenServer implements AutoCloseable {

    static final int MAX_COUNT = 10_000;

    private final HttpServer server;

    private TokenServer(HttpServer server) {
        this.server = server;
    }

    /** Serves tokens signed by {@code jwt} on 127.0.0.1:{@code port} (0: any free port). */
    public static TokenServer start(LocalJwt jwt, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            server.createContext("/token", exchange -> serve(jwt, exchange));
            server.start();
            return new TokenServer(server);
        } catch (IOException e) {
            throw new LocalInfraException("Cannot start the token mint on port " + port + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void serve(LocalJwt jwt, HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String role = query.getOrDefault("role", "");
            int count;
            try {
                count = Integer.parseInt(query.getOrDefault("count", "1"));
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (!"GET".equals(exchange.getRequestMethod()) || !TokenCli.ROLES.contains(role) || count < 1
                    || count > MAX_COUNT || (query.containsKey("partner_id") && !"partner".equals(role))) {
                respond(exchange, 400, "usage: GET /token?role=patient|therapist|admin|partner[&subject=..]"
                        + "[&partner_id=.. (partner only)][&count=1.." + MAX_COUNT + "]\n");
                return;
            }
            StringBuilder tokens = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String subject = query.getOrDefault("subject", TokenCli.defaultSubject(role));
                if ("partner".equals(role)) {
                    String partnerId = query.getOrDefault("partner_id",
                            UUID.nameUUIDFromBytes(subject.getBytes(StandardCharsets.UTF_8)).toString());
                    tokens.append(jwt.partnerToken(subject, partnerId));
                } else {
                    tokens.append(jwt.token(role, subject));
                }
                tokens.append('\n');
            }
            respond(exchange, 200, tokens.toString());
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
