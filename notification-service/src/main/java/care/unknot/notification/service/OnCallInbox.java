package care.unknot.notification.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.notification.repository.OnCallItem;
import care.unknot.notification.repository.OnCallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The clinic's on-call inbox (the resource admits therapists and admins): read it, acknowledge an alert once. */
@ApplicationScoped
public class OnCallInbox {

    private final OnCallRepository items;
    private final CurrentUser user;
    private final Clock clock;

    public OnCallInbox(OnCallRepository items, CurrentUser user, Clock clock) {
        this.items = items;
        this.user = user;
        this.clock = clock;
    }

    /** Newest first; {@code fetch} rows after the keyset (createdAt, id) when given. */
    public List<OnCallItem> page(boolean unacknowledgedOnly, Instant afterCreated, UUID afterId, int fetch) {
        return items.page(unacknowledgedOnly, afterCreated, afterId, fetch);
    }

    /** Records who (the token's subject) and when; a second acknowledgement keeps the first and returns it. */
    @Transactional
    public OnCallItem acknowledge(UUID id) {
        return items.acknowledge(id, user.subject(), clock.instant())
                .orElseThrow(() -> ProblemException.notFound("No such notification in the on-call inbox"));
    }
}
