package care.unknot.notification.channel;

import care.unknot.events.notification.Channel;
import jakarta.enterprise.context.ApplicationScoped;

/** The in-app inbox: a delivery marked sent is in the recipient's inbox (GET .../notifications). */
@ApplicationScoped
public class InAppSender implements ChannelSender {

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public SendResult send(String address, String title, String body) {
        return SendResult.SENT;
    }
}
