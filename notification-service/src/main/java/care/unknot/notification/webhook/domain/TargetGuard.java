package care.unknot.notification.webhook.domain;

import care.unknot.notification.webhook.config.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * SSRF guard for webhook URLs: HTTPS only, and no host that resolves to a loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast or unspecified address, unless configuration allows it. Checked when a subscription is
 * written and again before every attempt, since DNS can change.
 */
@ApplicationScoped
public class TargetGuard {

    private final WebhookConfig.Targets allowed;

    public TargetGuard(WebhookConfig config) {
        this.allowed = config.targets();
    }

    /** Why this URL may not be called, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("is not a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowed.allowHttp())) {
            return Optional.of("must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must be an absolute URL with a host, without user info or fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowed.allowLoopback() ? Optional.empty() : Optional.of("resolves to a loopback address");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("resolves to an unspecified or multicast address");
        }
        if (isPrivate(address)) {
            return allowed.allowPrivate() ? Optional.empty()
                    : Optional.of("resolves to a private or link-local address");
        }
        return Optional.empty();
    }

    private static boolean isPrivate(InetAddress address) {
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            // 100.64.0.0/10 (carrier-grade NAT)
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        }
        // fc00::/7 (unique local)
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
    }
}
