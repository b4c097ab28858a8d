package care.unknot.diary.service;

import care.unknot.diary.domain.HomeProgram;
import care.unknot.diary.domain.RetrospectiveBaseline;
import care.unknot.diary.messaging.DiaryEvents;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.kit.consume.TransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Local read copies of intake and plan events. Each event's effect, its events and its id (for de-duplication)
 * are one conditional write on the patient's document: the same event twice changes nothing.
 */
@ApplicationScoped
public class ReadModelService {

    private static final int ATTEMPTS = 10;

    private final PatientRepository patients;
    private final DiaryEvents events;
    private final CheckpointService checkpoints;

    private final ProgressService progress;
    private final PatientClock clock;

    public ReadModelService(PatientRepository patients, DiaryEvents events, CheckpointService checkpoints,
                            ProgressService progress, PatientClock clock) {
        this.patients = patients;
        this.events = events;
        this.checkpoints = checkpoints;
        this.progress = progress;
        this.clock = clock;
    }

    /** A change to apply to one state of the document: field updates and the events they cause. */
    public record Change(List<Bson> updates, List<Document> outbox) {

        static Change of(Bson... updates) {
            return new Change(new ArrayList<>(List.of(updates)), new ArrayList<>());
        }

        /** Adds a CURRENT progress.updated when the change alters what the current window says. */
        Change withCurrentProgress(PatientState next, ProgressService progress, PatientClock clock,
                                   DiaryEvents events) {
            progress.currentChange(next, clock.today(next)).ifPresent(update -> {
                updates.add(PatientRepository.setCurrentFingerprint(update.fingerprint()));
                outbox.add(events.progressUpdated(update.payload()));
            });
            return this;
        }
    }

    /**
     * The patient's time zone. Like the intake copy and the home program, last writer wins by event time: a
     * replayed or late {@code patient.registered} does not overwrite a later {@code patient.updated}.
     */
    public boolean timeZone(String eventId, UUID patientId, ZoneId zone, Instant eventTime) {
        return applyLatest(eventId, patientId, "zone", eventTime, state -> Change.of(PatientRepository.setZone(zone))
                .withCurrentProgress(state.withZone(zone), progress, clock, events));
    }

    /**
     * {@code patient.registered}: the time zone (last writer wins as for {@link #timeZone}) and the registration's
     * local date, the earliest date the patient may create entries for unless an imported diary starts earlier.
     */
    public boolean registered(String eventId, UUID patientId, ZoneId zone, Instant eventTime,
                              Instant registeredAt) {
        Bson start = PatientRepository.lowerDiaryStart(LocalDate.ofInstant(registeredAt, zone));
        return applyOnce(eventId, patientId, state -> {
            if (patients.copyTime(patientId, "zone").map(eventTime::isBefore).orElse(false)) {
                return Change.of(start);
            }
            Change change = Change.of(PatientRepository.setZone(zone), start,
                    PatientRepository.setCopyTime("zone", eventTime));
            return change.withCurrentProgress(state.withZone(zone), progress, clock, events);
        });
    }

    public boolean screened(String eventId, UUID patientId, RetrospectiveBaseline baseline, String phenotype,
                            Instant eventTime) {
        return applyLatest(eventId, patientId, "intake", eventTime, state -> (baseline == null
                ? Change.of(PatientRepository.setPhenotype(phenotype))
                : Change.of(PatientRepository.setRetrospective(baseline, phenotype)))
                .withCurrentProgress(state.withIntake(baseline == null ? state.retrospective() : baseline,
                        phenotype), progress, clock, events));
    }

    public boolean homeProgramAssigned(String eventId, UUID patientId, HomeProgram program, Instant eventTime) {
        return applyLatest(eventId, patientId, "homeProgram", eventTime,
                state -> Change.of(PatientRepository.setHomeProgram(program))
                        .withCurrentProgress(state.withHomeProgram(program), progress, clock, events));
    }

    public boolean sessionCompleted(String eventId, CheckpointService.CompletedSession session) {
        return applyOnce(eventId, session.patientId(), state -> checkpoints.onSessionCompleted(state, session));
    }

    /**
     * Last writer wins by event time for the read copy {@code copy}: an event older than the one in force is only
     * recorded as processed. The copy's time is read after the state; the update is conditional on the state's
     * rev, so a concurrent change makes it retry with both fresh.
     */
    private boolean applyLatest(String eventId, UUID patientId, String copy, Instant eventTime,
                                Function<PatientState, Change> change) {
        return applyOnce(eventId, patientId, state -> {
            if (patients.copyTime(patientId, copy).map(eventTime::isBefore).orElse(false)) {
                return Change.of();
            }
            Change latest = change.apply(state);
            latest.updates().add(PatientRepository.setCopyTime(copy, eventTime));
            return latest;
        });
    }

    private boolean applyOnce(String eventId, UUID patientId, Function<PatientState, Change> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PatientState state = patients.load(patientId);
            if (state.processedEvents().contains(eventId)) {
                return false;
            }
            Change c = change.apply(state);
            if (patients.updateForEvent(patientId, state.rev(), eventId, c.updates(), c.outbox())) {
                return true;
            }
        }
        // transient: the kit's consumer retries the event in place (it is never dead-lettered for this)
        throw new TransientFailure("patient read model kept changing");
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
