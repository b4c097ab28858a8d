package care.unknot.notification.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One POST to a provider with the JDK's HTTP client (timeouts on connect and response); the status decides the
 * outcome. The JDK client rather than the REST client because all we need is the raw status of one call.
 */
final class HttpProvider {

    private final String name;
    private final HttpClient client;
    private final Duration timeout;

    HttpProvider(String name, Duration timeout) {
        this.name = name;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    SendResult post(URI uri, String contentType, String authorization, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return SendResult.ofHttpStatus(name, client.send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        } catch (IOException e) {
            return new SendResult.Transient(name + " unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Transient(name + " call interrupted");
        }
    }
}
