package care.unknot.notification.channel;

import care.unknot.events.notification.Channel;
import care.unknot.notification.config.ChannelConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * SMS through a Twilio-shaped API: form POST to {@code {base}/2010-04-01/Accounts/{sid}/Messages.json} with
 * {@code To}, {@code From}, {@code Body}, basic auth sid:token. Unconfigured: every send is transient (retried).
 */
@ApplicationScoped
public class SmsSender implements ChannelSender {

    private final ChannelConfig.Sms config;
    private final HttpProvider provider;

    public SmsSender(ChannelConfig config) {
        this.config = config.sms();
        this.provider = new HttpProvider("SMS provider", this.config.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendResult send(String address, String title, String body) {
        if (config.baseUrl().isEmpty() || config.accountSid().isEmpty() || config.authToken().isEmpty()
                || config.from().isEmpty()) {
            return new SendResult.Transient("SMS provider not configured");
        }
        String sid = config.accountSid().get();
        URI uri = URI.create(config.baseUrl().get().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
                + URLEncoder.encode(sid, StandardCharsets.UTF_8) + "/Messages.json");
        String form = "To=" + enc(address) + "&From=" + enc(config.from().get()) + "&Body=" + enc(body);
        String basic = Base64.getEncoder().encodeToString((sid + ":" + config.authToken().get())
                .getBytes(StandardCharsets.UTF_8));
        return provider.post(uri, "application/x-www-form-urlencoded", "Basic " + basic, form);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
