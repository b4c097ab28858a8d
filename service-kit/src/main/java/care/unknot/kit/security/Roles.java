package care.unknot.kit.security;

/** The JWT roles ({@code groups} claim) every service uses in {@code @RolesAllowed}. */
public final class Roles {

    /** Token subject = patient id: own data only. */
    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";
    /** A partner clinic; claim {@code partner_id}: referred or consenting patients, own subscriptions only. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
