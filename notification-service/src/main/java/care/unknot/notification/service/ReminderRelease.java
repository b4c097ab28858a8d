package care.unknot.notification.service;

import care.unknot.events.notification.Channel;
import care.unknot.notification.config.ReminderConfig;
import care.unknot.notification.domain.Recipient;
import care.unknot.notification.domain.ReminderStatus;
import care.unknot.notification.repository.ChannelSetting;
import care.unknot.notification.repository.Delivery;
import care.unknot.notification.repository.DeliveryRepository;
import care.unknot.notification.repository.PatientRepository;
import care.unknot.notification.repository.ProgramRepository;
import care.unknot.notification.repository.Reminder;
import care.unknot.notification.repository.ReminderRepository;
import care.unknot.notification.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Releases due reminders into deliveries, one batch per transaction: holds non-urgent ones until quiet hours end,
 * drops what is no longer wanted (cancelled or moved session, logged day, exercises done, replaced program) and
 * schedules the next occurrence of the daily ones. Rows are claimed {@code FOR UPDATE SKIP LOCKED}, so two replicas
 * release disjoint batches.
 */
@ApplicationScoped
public class ReminderRelease {

    private final ReminderRepository reminders;
    private final DeliveryRepository deliveries;
    private final PatientRepository patients;
    private final SessionRepository sessions;
    private final ProgramRepository programs;
    private final ReminderScheduler scheduler;
    private final MessageTemplates templates;
    private final ReminderConfig config;
    private final Clock clock;

    public ReminderRelease(ReminderRepository reminders, DeliveryRepository deliveries, PatientRepository patients,
            SessionRepository sessions, ProgramRepository programs, ReminderScheduler scheduler,
            MessageTemplates templates, ReminderConfig config, Clock clock) {
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.patients = patients;
        this.sessions = sessions;
        this.programs = programs;
        this.scheduler = scheduler;
        this.templates = templates;
        this.config = config;
        this.clock = clock;
    }

    /** @return the number of due reminders handled (a full batch means more may be due) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseBatch() {
        Instant now = clock.instant();
        var due = reminders.claimDue(now, config.dispatch().batchSize());
        for (Reminder reminder : due) {
            release(reminder, now);
        }
        return due.size();
    }

    private void release(Reminder r, Instant now) {
        PatientPreferences prefs = scheduler.preferencesOf(r.patientId());
        if (!r.urgent()) {
            Instant quietEnd = prefs.quietHours().releaseTime(now, prefs.zone());
            if (quietEnd.isAfter(now)) {
                reminders.moveTo(r.id(), quietEnd);
                return;
            }
        }
        Optional<ReminderStatus> dropped = switch (r.kind()) {
            case SESSION -> sessions.find(r.subjectId())
                    .filter(s -> !s.cancelled() && s.startsAt().equals(r.startsAt()) && s.startsAt().isAfter(now))
                    .isPresent() ? Optional.empty() : Optional.of(ReminderStatus.WITHDRAWN);
            case DIARY -> {
                scheduler.scheduleDiary(r.patientId(), prefs, r.localDay().plusDays(1));
                yield stale(r, prefs, now) ? Optional.of(ReminderStatus.SKIPPED)
                        : programs.loggedDay(r.patientId(), r.localDay()).map(logged -> ReminderStatus.SKIPPED);
            }
            case HOME_PROGRAM -> homeProgram(r, prefs, now);
            default -> Optional.empty();
        };
        reminders.setStatus(r.id(), dropped.orElseGet(() -> fanOut(r, prefs, now)));
    }

    /**
     * A daily reminder whose day ended more than a day ago (the service was down, or it was held past the next
     * morning) is dropped: "log today" about last week helps no one. Held overnight by quiet hours is still fine.
     */
    private static boolean stale(Reminder r, PatientPreferences prefs, Instant now) {
        return r.localDay().isBefore(now.atZone(prefs.zone()).toLocalDate().minusDays(1));
    }

    private Optional<ReminderStatus> homeProgram(Reminder r, PatientPreferences prefs, Instant now) {
        var program = programs.homeProgramOf(r.patientId())
                .filter(p -> p.homeProgramId().equals(r.subjectId()));
        if (program.isEmpty()) {
            return Optional.of(ReminderStatus.WITHDRAWN);
        }
        scheduler.scheduleHomeProgram(r.patientId(), prefs, program.get(), r.localDay().plusDays(1));
        if (stale(r, prefs, now)) {
            return Optional.of(ReminderStatus.SKIPPED);
        }
        return programs.loggedDay(r.patientId(), r.localDay()).filter(exercises -> exercises)
                .map(done -> ReminderStatus.SKIPPED);
    }

    /** One delivery per channel the patient consented to (in-app unless turned off), and the therapist's alert. */
    private ReminderStatus fanOut(Reminder r, PatientPreferences prefs, Instant now) {
        var text = templates.render(r.template(), prefs.locale(), prefs.zone(), r.startsAt(), r.patientId());
        Map<Channel, ChannelSetting> settings = new EnumMap<>(Channel.class);
        patients.channels(r.patientId()).forEach(s -> settings.put(s.channel(), s));
        int created = 0;
        for (Channel channel : Channel.values()) {
            ChannelSetting setting = settings.get(channel);
            boolean consent = setting == null ? Consents.byDefault(channel) : setting.consent();
            if (consent) {
                deliveries.insert(new Delivery(UUID.randomUUID(), r.id(), r.patientId(), Recipient.PATIENT,
                        r.patientId().toString(), channel, r.template(), text.title(), text.body(), r.urgent(), 0,
                        null, null), now, now);
                created++;
            }
        }
        if (r.urgent()) {
            Optional<UUID> therapist = patients.therapistOf(r.patientId());
            if (therapist.isPresent()) {
                String template = "therapist-" + r.template();
                var alert = templates.render(template, "en", prefs.zone(), null, r.patientId()); // staff texts: English
                deliveries.insert(new Delivery(UUID.randomUUID(), r.id(), r.patientId(), Recipient.THERAPIST,
                        therapist.get().toString(), Channel.IN_APP, template, alert.title(), alert.body(), true, 0,
                        null, null), now, now);
                created++;
            }
        }
        return created == 0 ? ReminderStatus.NO_CHANNEL : ReminderStatus.RELEASED;
    }
}
