package care.unknot.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Prints a bearer token the local stack's services accept, signed with the keys in {@code .unknot/jwt}.
 *
 * <p>Usage: {@code TokenCli <role> [subject] [partner_id]}. Roles: patient, therapist, admin, partner. A patient's
 * subject is its patient id (a UUID; a new one when omitted). A partner token carries {@code partner_id}.
 * The token goes to stdout alone; notes go to stderr, so {@code TOKEN=$(./unknot token therapist)} works.
 */
public final class TokenCli {

    static final Set<String> ROLES = Set.of("patient", "therapist", "admin", "partner");

    private TokenCli() {
    }

    public static void main(String[] args) {
        LocalStack.configureLogging();
        if (args.length < 1 || args.length > 3 || args[0].startsWith("-")) {
            usage();
            System.exit(2);
        }
        String role = args[0];
        if (!ROLES.contains(role)) {
            System.err.println("unknown role '" + role + "'; one of " + String.join(", ", ROLES.stream().sorted()
                    .toList()));
            System.exit(2);
        }
        String subject = args.length > 1 ? args[1] : defaultSubject(role);
        Path dir = Path.of(System.getProperty("unknot.jwt.dir", ".unknot/jwt"));
        if (!Files.exists(dir.resolve(LocalJwt.PUBLIC_KEY_FILE))) {
            System.err.println("note: no keys in " + dir.toAbsolutePath() + " yet; creating them (start the stack with"
                    + " ./unknot up so the services trust them)");
        }
        LocalJwt jwt = LocalJwt.fromDir(dir);
        String token;
        if ("partner".equals(role)) {
            String partnerId = args.length > 2 ? args[2] : UUID.nameUUIDFromBytes(subject.getBytes()).toString();
            token = jwt.token(role, subject, Map.of(LocalJwt.PARTNER_ID_CLAIM, partnerId));
            System.err.printf("partner token: subject %s, partner_id %s, valid 1 h%n", subject, partnerId);
        } else {
            if (args.length > 2) {
                System.err.println("partner_id is only for the partner role");
                System.exit(2);
            }
            token = jwt.token(role, subject);
            System.err.printf("%s token: subject %s, valid 1 h%n", role, subject);
        }
        System.out.println(token);
    }

    static String defaultSubject(String role) {
        return "patient".equals(role) ? UUID.randomUUID().toString() : role + "@unknot.local";
    }

    private static void usage() {
        System.err.println("usage: token <role> [subject] [partner_id]\n"
                + "  role: patient | therapist | admin | partner\n"
                + "  subject: the token's sub/upn (a patient's id for role patient; default: a new UUID for patient,"
                + " <role>@unknot.local otherwise)\n"
                + "  partner_id: claim partner_id of a partner token (default: derived from the subject)");
    }
}
