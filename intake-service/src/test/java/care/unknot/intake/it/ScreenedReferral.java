package care.unknot.intake.it;

import io.restassured.response.Response;
import java.util.UUID;

/** A new partner's referral of a new patient, screened ELIGIBLE: the status intake knows without plan.events. */
record ScreenedReferral(String partner, String referralId, UUID patientId) {

    static ScreenedReferral create(String partnerReference) {
        String partner = "partner-" + UUID.randomUUID();
        Response referral = ReferralApiTest.refer(partner, partnerReference);
        referral.then().statusCode(201);
        UUID patientId = UUID.fromString(referral.path("patientId"));
        Api.submitted(patientId, Api.answers());
        return new ScreenedReferral(partner, referral.path("id"), patientId);
    }

    /** The referral as its partner reads it. */
    Response read() {
        return Api.partner(partner).get("/api/v1/referrals/{id}", referralId);
    }

    String status() {
        return read().then().statusCode(200).extract().path("status");
    }
}
