package care.unknot.notification.repository;

import care.unknot.events.notification.Channel;

/** A patient's consent and address for one channel. */
public record ChannelSetting(Channel channel, boolean consent, String address) {
}
