package care.unknot.notification.channel;

import care.unknot.events.EventJson;
import care.unknot.events.notification.Channel;
import care.unknot.notification.config.ChannelConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Push through an FCM HTTP v1-shaped API: POST {@code {base}/v1/projects/{project}/messages:send} with a bearer token
 * and {@code {"message": {"token", "notification": {"title", "body"}}}}. Unconfigured: every send is transient.
 */
@ApplicationScoped
public class PushSender implements ChannelSender {

    private final ChannelConfig.Push config;
    private final HttpProvider provider;

    public PushSender(ChannelConfig config) {
        this.config = config.push();
        this.provider = new HttpProvider("Push provider", this.config.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public SendResult send(String address, String title, String body) {
        if (config.baseUrl().isEmpty() || config.projectId().isEmpty() || config.accessToken().isEmpty()) {
            return new SendResult.Transient("Push provider not configured");
        }
        URI uri = URI.create(config.baseUrl().get().replaceAll("/+$", "") + "/v1/projects/"
                + URLEncoder.encode(config.projectId().get(), StandardCharsets.UTF_8) + "/messages:send");
        Map<String, Object> message = Map.of("message", Map.of("token", address,
                "notification", Map.of("title", title, "body", body)));
        try {
            return provider.post(uri, "application/json", "Bearer " + config.accessToken().get(),
                    EventJson.mapper().writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("push message not serialisable", e);
        }
    }
}
