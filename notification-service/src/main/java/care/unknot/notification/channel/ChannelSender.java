package care.unknot.notification.channel;

import care.unknot.events.notification.Channel;

/** Sends one message on one channel; never throws for a provider's answer (see {@link SendResult}). */
public interface ChannelSender {

    Channel channel();

    /**
     * @param address the consented address (email, E.164 number, device token); null for in-app messages
     */
    SendResult send(String address, String title, String body);
}
