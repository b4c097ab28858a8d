package care.unknot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/** The stack's mint: many valid tokens in one request, each patient its own id; bad requests are refused. */
class TokenServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(TokenServer mint, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(mint.url() + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void mintsManyVerifiableTokensInOneRequest() throws Exception {
        LocalJwt jwt = LocalJwt.shared();
        try (TokenServer mint = TokenServer.start(jwt, 0)) {
            HttpResponse<String> response = get(mint, "role=patient&count=300");
            assertThat(response.statusCode()).isEqualTo(200);
            List<String> tokens = response.body().lines().toList();
            assertThat(tokens).hasSize(300);
            Set<String> subjects = new HashSet<>();
            for (String token : tokens) {
                JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(jwt.publicKey())
                        .setExpectedIssuer(LocalJwt.ISSUER).setExpectedAudience("diary-service")
                        .setRequireExpirationTime().build().processToClaims(token);
                assertThat(claims.getStringListClaimValue("groups")).containsExactly("patient");
                subjects.add(claims.getSubject());
            }
            assertThat(subjects).hasSize(300);

            String partner = get(mint, "role=partner&subject=clinic%20a&partner_id=p-7").body().strip();
            JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(jwt.publicKey())
                    .setExpectedAudience("intake-service").build().processToClaims(partner);
            assertThat(claims.getSubject()).isEqualTo("clinic a");
            assertThat(claims.getStringClaimValue(LocalJwt.PARTNER_ID_CLAIM)).isEqualTo("p-7");
        }
    }

    @Test
    void anUnknownRoleOrCountIsABadRequest() throws Exception {
        try (TokenServer mint = TokenServer.start(LocalJwt.shared(), 0)) {
            assertThat(get(mint, "role=root").statusCode()).isEqualTo(400);
            assertThat(get(mint, "role=admin&count=0").statusCode()).isEqualTo(400);
            assertThat(get(mint, "role=admin&count=many").statusCode()).isEqualTo(400);
            assertThat(get(mint, "role=admin&partner_id=p").statusCode()).isEqualTo(400);
        }
    }
}
