package care.unknot.kit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.unknot.kit.Tokens;
import care.unknot.local.LocalJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class CurrentUserTest {

    @Test
    void aPatientTokenWithoutSubjectIsNotTakenForThePatientItsUpnNames() {
        String victim = UUID.randomUUID().toString();
        String noSubject = Jwt.claims().issuer(LocalJwt.ISSUER).audience(LocalJwt.AUDIENCES).upn(victim).groups(Set.of(Roles.PATIENT))
                .expiresIn(300).jws().algorithm(SignatureAlgorithm.RS256).sign(LocalJwt.shared().privateKey());
        given().header("Authorization", "Bearer " + noSubject).when().get("/api/v1/probe/patients/" + victim)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aSubjectThatIsNotACanonicalUuidIsNoPatientId() {
        given().header("Authorization", Tokens.patient("0-0-0-0-1")).when().get("/api/v1/probe/whoami")
                .then().statusCode(200).body("subject", equalTo("0-0-0-0-1")).body("patientId", equalTo(""));
        given().header("Authorization", Tokens.patient("0-0-0-0-1"))
                .when().get("/api/v1/probe/patients/00000000-0000-0000-0000-000000000001").then().statusCode(404);
        String patient = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.patient(patient)).when().get("/api/v1/probe/whoami")
                .then().statusCode(200).body("patientId", equalTo(patient));
    }
}
