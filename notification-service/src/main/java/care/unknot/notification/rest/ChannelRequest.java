package care.unknot.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param consent whether messages may go to this channel
 * @param address email address, E.164 phone number or device token; required with consent, absent for IN_APP
 */
public record ChannelRequest(@NotNull Boolean consent, @Size(max = 4096) String address) {
}
