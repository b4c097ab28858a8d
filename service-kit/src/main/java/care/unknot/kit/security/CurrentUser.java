package care.unknot.kit.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

import care.unknot.kit.problem.ProblemException;

/** The caller of the current request, from its verified bearer token. */
@RequestScoped
public class CurrentUser {

    public static final String PARTNER_ID_CLAIM = "partner_id";

    private final SecurityIdentity identity;

    @Inject
    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The token's {@code sub}; for a patient, the patient id. 401 when the request is anonymous or the token has
     * no {@code sub}: the principal name ({@code upn}, {@code preferred_username}) is not an identity to act on.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
                throw new UnauthorizedException();
            }
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isPatient() {
        return hasRole(Roles.PATIENT);
    }

    /** Therapist or admin. */
    public boolean isStaff() {
        return hasRole(Roles.THERAPIST) || hasRole(Roles.ADMIN);
    }

    public boolean isPartner() {
        return hasRole(Roles.PARTNER);
    }

    /** The {@code partner_id} claim of a partner token. */
    public Optional<String> partnerId() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? partnerIdOf(jwt) : Optional.empty();
    }

    /** The {@code partner_id} claim of a token, as text. */
    public static Optional<String> partnerIdOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(PARTNER_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim.toString();
        // JsonString values print with their quotes
        return Optional.of(value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value);
    }

    /**
     * The patient id of a patient token, when the subject is one in canonical form (36 characters; a lenient
     * form such as {@code 0-0-0-0-1} would otherwise name another id than {@link #requireSelfOrStaff} compares).
     */
    public Optional<UUID> patientId() {
        if (!isPatient()) {
            return Optional.empty();
        }
        String subject = subject();
        try {
            UUID id = UUID.fromString(subject);
            return id.toString().equalsIgnoreCase(subject) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A patient may act on its own id only; therapist and admin pass. Everyone else gets 404 (not 403), so
     * patient ids cannot be probed; partners get 404 here too and services apply their own partner rule.
     */
    public void requireSelfOrStaff(UUID patientId) {
        if (isStaff()) {
            return;
        }
        if (isPatient() && patientId != null && patientId.toString().equalsIgnoreCase(subject())) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        throw ProblemException.notFound("No such patient.");
    }

    /**
     * For what only the patient itself may do (its consents, its diary): the caller's patient id must be this
     * one. Staff roles do not widen it, also not on a token that carries the patient role too; everyone else gets
     * 404, so ids cannot be probed.
     */
    public void requireSelf(UUID patientId) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (patientId == null || !patientId().map(patientId::equals).orElse(false)) {
            throw ProblemException.notFound("No such patient.");
        }
    }

    /** 403 unless the caller is therapist or admin. */
    public void requireStaff() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!isStaff()) {
            throw ProblemException.forbidden("Only therapists and admins may do this.");
        }
    }
}
