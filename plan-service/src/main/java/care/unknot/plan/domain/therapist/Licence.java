package care.unknot.plan.domain.therapist;

import java.time.LocalDate;

/** A therapist's licence (domain.md 2.7); current through its expiry date. */
public record Licence(String number, String licensingBody, LocalDate expiresOn) {

    public boolean currentOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
