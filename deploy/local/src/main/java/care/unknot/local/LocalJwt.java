package care.unknot.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * An RSA 2048 key pair as PEM files and RS256 bearer tokens signed with it, the way the services verify them
 * ({@code mp.jwt.verify.publickey.location} = {@link #publicKeyLocation()}, {@code mp.jwt.verify.issuer} =
 * {@link #ISSUER}).
 *
 * <p>{@link #shared()} gives the key pair of this JVM (tests); {@link #fromDir(Path)} loads or creates the pair in
 * a directory (the local stack, so tokens stay valid between runs).
 */
public final class LocalJwt {

    public static final String ISSUER = "https://unknot.local";
    public static final String PRIVATE_KEY_FILE = "privateKey.pem";
    public static final String PUBLIC_KEY_FILE = "publicKey.pem";
    /** Claim naming the partner clinic of a {@code partner} token. */
    public static final String PARTNER_ID_CLAIM = "partner_id";
    /**
     * The {@code aud} of every minted token: the four services, each of which accepts only tokens naming it
     * ({@code mp.jwt.verify.audiences}, by default its {@code quarkus.application.name}), as an issuer would mint
     * them for the apps that call all four.
     */
    public static final Set<String> AUDIENCES = Set.of("intake-service", "plan-service", "diary-service",
            "notification-service");
    public static final Duration LIFESPAN = Duration.ofHours(1);

    private static volatile LocalJwt shared;

    private final Path dir;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LocalJwt(Path dir, PrivateKey privateKey, PublicKey publicKey) {
        this.dir = dir;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * The key pair of this JVM, created on the first call (thread-safe) in a temporary directory deleted at exit.
     * Every caller, in every class loader, gets the same keys.
     */
    public static LocalJwt shared() {
        LocalJwt current = shared;
        if (current != null) {
            return current;
        }
        synchronized (JvmShared.lock("jwt")) {
            if (shared == null) {
                String existing = JvmShared.get("jwt.dir");
                if (existing != null) {
                    shared = fromDir(Path.of(existing));
                } else {
                    Path dir;
                    try {
                        dir = Files.createTempDirectory("unknot-jwt-");
                    } catch (IOException e) {
                        throw new LocalInfraException("Cannot create a temporary directory for JWT keys: "
                                + e.getMessage(), e);
                    }
                    LocalJwt created = fromDir(dir);
                    Shell.onExit("jwt", () -> Shell.deleteRecursively(dir));
                    JvmShared.put("jwt.dir", dir.toString());
                    shared = created;
                }
            }
            return shared;
        }
    }

    /** The key pair in {@code dir} ({@value #PRIVATE_KEY_FILE}, {@value #PUBLIC_KEY_FILE}), created when absent. */
    public static LocalJwt fromDir(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        try {
            synchronized (JvmShared.lock("jwt-dir:" + dir.toAbsolutePath().normalize())) {
                if (Files.exists(privateFile) && Files.exists(publicFile)) {
                    KeyFactory rsa = KeyFactory.getInstance("RSA");
                    return new LocalJwt(dir,
                            rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile))),
                            rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile))));
                }
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
                writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
                try {
                    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                return new LocalJwt(dir, pair.getPrivate(), pair.getPublic());
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new LocalInfraException("Cannot load or create the JWT keys in " + dir + ": " + e.getMessage()
                    + " (delete the directory to get a new pair)", e);
        }
    }

    /**
     * An RS256 token: issuer {@link #ISSUER}, audience {@link #AUDIENCES}, {@code upn} and {@code sub} = subject,
     * {@code groups} = [role], 1 h.
     */
    public String token(String role, String subject) {
        return token(role, subject, Map.of());
    }

    /**
     * As {@link #token(String, String)} plus {@code extraClaims} (e.g. {@code partner_id}), added last so they can
     * replace a standard claim.
     */
    public String token(String role, String subject, Map<String, Object> extraClaims) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(ISSUER)
                .audience(AUDIENCES)
                .upn(subject)
                .subject(subject)
                .groups(Set.of(role))
                .expiresIn(LIFESPAN);
        extraClaims.forEach(claims::claim);
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(privateKey);
    }

    /** A {@code partner} token for {@code subject} carrying claim {@value #PARTNER_ID_CLAIM}. */
    public String partnerToken(String subject, String partnerId) {
        return token("partner", subject, Map.of(PARTNER_ID_CLAIM, partnerId));
    }

    /** {@code file:/.../publicKey.pem}, the value for {@code mp.jwt.verify.publickey.location}. */
    public String publicKeyLocation() {
        return "file:" + publicKeyFile();
    }

    /** The public key as PEM text, for {@code mp.jwt.verify.publickey}. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC_KEY_FILE).toAbsolutePath();
    }

    public Path dir() {
        return dir;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String issuer() {
        return ISSUER;
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        Files.writeString(file, pem(type, der), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
