package care.unknot.kit;

import java.util.Map;

import care.unknot.kit.security.Roles;
import care.unknot.local.LocalJwt;

/** Bearer headers minted with deploy/local's key pair. */
public final class Tokens {

    private Tokens() {
    }

    public static String patient(String patientId) {
        return "Bearer " + LocalJwt.shared().token(Roles.PATIENT, patientId);
    }

    public static String therapist() {
        return "Bearer " + LocalJwt.shared().token(Roles.THERAPIST, "therapist-1");
    }

    public static String admin() {
        return "Bearer " + LocalJwt.shared().token(Roles.ADMIN, "admin-1");
    }

    public static String partner(String partnerId) {
        return "Bearer " + LocalJwt.shared().token(Roles.PARTNER, "partner-user", Map.of("partner_id", partnerId));
    }
}
