package care.unknot.notification.webhook.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

/** A partner manages only its own webhooks (its token's partner_id is the path's); an admin manages all. */
@ApplicationScoped
public class PartnerAccess {

    private final CurrentUser user;

    public PartnerAccess(CurrentUser user) {
        this.user = user;
    }

    public void require(String partnerId) {
        if (user.hasRole(Roles.ADMIN)) {
            return;
        }
        if (!user.isPartner() || !user.partnerId().map(partnerId::equals).orElse(false)) {
            throw ProblemException.forbidden("A partner manages only its own webhooks.");
        }
    }

    /** An admin switching an endpoint off is recorded as DISABLED_BY_ADMIN, anyone else as DISABLED_BY_PARTNER. */
    public boolean isAdmin() {
        return user.hasRole(Roles.ADMIN);
    }
}
