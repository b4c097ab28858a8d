package care.unknot.intake.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralApiTest {

    static Response refer(String partnerId, String reference) {
        return Api.partner(partnerId).body(Map.of("patient", Api.patientBody("Ref", "Erred"),
                "partnerReference", reference, "reason", "Neck-driven headaches")).post("/api/v1/referrals");
    }

    @Test
    void partnerRefersAPatientAndFollowsTheReferralStatus() {
        String partner = "partner-" + UUID.randomUUID();
        Response referral = refer(partner, "REF-1");
        referral.then().statusCode(201).header("Location", containsString("/api/v1/referrals/"))
                .body("status", equalTo("RECEIVED")).body("outcome", nullValue())
                .body("partnerReference", equalTo("REF-1"));
        UUID patientId = UUID.fromString(referral.path("patientId"));

        Api.submitted(patientId, Api.answers());

        Api.partner(partner).get(referral.header("Location")).then().statusCode(200)
                .body("status", equalTo("SCREENED")).body("outcome", equalTo("ELIGIBLE"))
                .body("$", not(org.hamcrest.Matchers.hasKey("screening")));
        Response view = Api.partner(partner).get("/api/v1/patients/{id}", patientId);
        AccessTest.assertPartnerView(view);
        view.then().body("id", equalTo(patientId.toString())).body("status", equalTo("AWAITING_REVIEW"))
                .body("referrals.id", equalTo(java.util.List.of(referral.<String>path("id"))))
                .body("referrals[0].partnerReference", equalTo("REF-1"))
                .body("referrals[0].status", equalTo("SCREENED")).body("referrals[0].outcome", equalTo("ELIGIBLE"));
        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("referringPartnerId", equalTo(partner));
        Api.therapist().get("/api/v1/patients/{id}/referrals", patientId).then().statusCode(200)
                .body("partnerId", equalTo(java.util.List.of(partner)))
                .body("reason", equalTo(java.util.List.of("Neck-driven headaches")));
        Api.partner(partner).get("/api/v1/patients/{id}/referrals", patientId).then().statusCode(403);
    }

    @Test
    void partnerListsAndReadsOnlyItsOwnReferrals() {
        String mine = "partner-" + UUID.randomUUID();
        String theirs = "partner-" + UUID.randomUUID();
        String myReferral = refer(mine, "MINE").path("id");
        String theirReferral = refer(theirs, "THEIRS").path("id");

        Api.partner(mine).get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", hasItem(myReferral)).body("items.id", not(hasItem(theirReferral)));
        Api.partner(mine).get("/api/v1/referrals/{id}", theirReferral).then().statusCode(404);
    }

    @Test
    void aConsentingPartnerSeesOnlyItsOwnReferralsOfThePatientNotAnotherPartners() {
        String referrer = "partner-" + UUID.randomUUID();
        String consented = "partner-" + UUID.randomUUID();
        UUID patientId = UUID.fromString(refer(referrer, "BY-REFERRER").path("patientId"));
        Api.patient(patientId).body("{\"partnerId\":\"" + consented + "\"}")
                .post("/api/v1/patients/{id}/consents", patientId).then().statusCode(201);

        Response view = Api.partner(consented).get("/api/v1/patients/{id}", patientId);
        AccessTest.assertPartnerView(view);
        view.then().body("status", equalTo("REGISTERED")).body("referrals", org.hamcrest.Matchers.empty())
                .body(not(containsString(referrer))).body(not(containsString("BY-REFERRER")));
    }

    @Test
    void referralNeedsAReasonAndReference() {
        Api.violating(Api.partner("partner-z"))
                .body(Map.of("patient", Api.patientBody("No", "Reason"), "partnerReference", "R"))
                .post("/api/v1/referrals").then().statusCode(400).body("violations.field", hasItem("reason"));
    }

    @Test
    void therapistCannotUseThePartnerReferralEndpoints() {
        Api.therapist().get("/api/v1/referrals").then().statusCode(403);
    }
}
