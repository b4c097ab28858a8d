package care.unknot.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private final SecretCipher cipher = new SecretCipher(TargetGuardTest.config(false, false, false));

    @Test
    void encryptsWithAFreshNonceAndDecryptsForTheSameSubscription() {
        UUID subscription = UUID.randomUUID();
        String secret = WebhookSigner.newSecret();

        byte[] first = cipher.encrypt(secret, subscription);
        byte[] second = cipher.encrypt(secret, subscription);

        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6));
        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first, subscription)).isEqualTo(secret);
    }

    @Test
    void aSecretCopiedToAnotherSubscriptionDoesNotDecrypt() {
        byte[] sealed = cipher.encrypt(WebhookSigner.newSecret(), UUID.randomUUID());

        assertThatThrownBy(() -> cipher.decrypt(sealed, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }
}
