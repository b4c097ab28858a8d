package care.unknot.local.quarkus;

import java.util.Map;

import care.unknot.local.LocalJwt;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the application verify tokens minted by {@link LocalJwt#shared()}: sets
 * {@code mp.jwt.verify.publickey.location} and {@code mp.jwt.verify.issuer}. Tests mint with
 * {@code LocalJwt.shared().token(role, subject)}.
 *
 * <p>It also sets the key inline ({@code mp.jwt.verify.publickey}): when no key is configured at build time,
 * Quarkus generates an in-memory key pair for dev and test mode and configures it inline, and an inline key wins over
 * any location ({@code SRJWT03007}).
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        LocalJwt jwt = LocalJwt.shared();
        return Map.of(
                "mp.jwt.verify.publickey.location", jwt.publicKeyLocation(),
                "mp.jwt.verify.publickey", jwt.publicKeyPem(),
                "mp.jwt.verify.issuer", jwt.issuer());
    }

    @Override
    public void stop() {
        // the key pair lives as long as the JVM
    }
}
