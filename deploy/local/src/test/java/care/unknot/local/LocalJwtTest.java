package care.unknot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalJwtTest {

    @Test
    void mintedTokenVerifiesWithThePublicKeyAndCarriesRoleAndClaims() throws Exception {
        LocalJwt jwt = LocalJwt.shared();

        String token = jwt.token("partner", "clinic-user-7", Map.of(LocalJwt.PARTNER_ID_CLAIM, "partner-42"));

        JwtClaims claims = verify(token, jwt.publicKey());
        assertThat(claims.getIssuer()).isEqualTo("https://unknot.local");
        assertThat(claims.getSubject()).isEqualTo("clinic-user-7");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("clinic-user-7");
        assertThat(claims.getStringListClaimValue("groups")).isEqualTo(List.of("partner"));
        assertThat(claims.getStringClaimValue("partner_id")).isEqualTo("partner-42");
        assertThat(claims.getAudience()).containsExactlyInAnyOrder("intake-service", "plan-service", "diary-service",
                "notification-service");
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(3600);
    }

    @Test
    void tokenDoesNotVerifyWithAnotherKey() throws Exception {
        String token = LocalJwt.shared().token("patient", "p-1");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);

        assertThatThrownBy(() -> verify(token, generator.generateKeyPair().getPublic()))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void keysInADirectoryAreCreatedOnceAndReloaded(@TempDir Path dir) throws Exception {
        LocalJwt created = LocalJwt.fromDir(dir);
        LocalJwt reloaded = LocalJwt.fromDir(dir);

        assertThat(dir.resolve("publicKey.pem")).content().startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(dir.resolve("privateKey.pem")).content().startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(reloaded.publicKey()).isEqualTo(created.publicKey());
        assertThat(created.publicKeyLocation()).isEqualTo("file:" + dir.resolve("publicKey.pem").toAbsolutePath());
        assertThat(verify(created.token("therapist", "t-1"), reloaded.publicKey()).getSubject()).isEqualTo("t-1");
    }

    private static JwtClaims verify(String token, java.security.PublicKey key) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer("https://unknot.local")
                .setExpectedAudience("intake-service") // each service expects its own name
                .setRequireExpirationTime()
                .setRequireSubject()
                .build()
                .processToClaims(token);
    }
}
