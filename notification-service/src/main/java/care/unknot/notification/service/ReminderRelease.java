package care.unknot.notification.service;

import care.unknot.events.notification.Channel;
import care.unknot.notification.config.ReminderConfig;
import care.unknot.notification.domain.Recipient;
import care.unknot.notification.domain.ReminderKind;
import care.unknot.notification.domain.ReminderStatus;
import care.unknot.notification.domain.WithdrawalReason;
import care.unknot.notification.repository.ChannelSetting;
import care.unknot.notification.repository.Delivery;
import care.unknot.notification.repository.DeliveryRepository;
import care.unknot.notification.repository.PatientRepository;
import care.unknot.notification.repository.ProgramRepository;
import care.unknot.notification.repository.ProgramRepository.HomeProgram;
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
 * withdraws those whose moment passed (expired: never sent late) or that are no longer wanted (cancelled or moved
 * session, replaced program), skips a logged day or done exercises, and schedules the next occurrence of the daily
 * ones. Expired rows are due rows, so the same indexed claim withdraws them in bounded batches. Rows are claimed {@code FOR UPDATE SKIP LOCKED}, so two replicas
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
    private final StaffAlerts staffAlerts;
    private final ReminderConfig config;
    private final Clock clock;

    public ReminderRelease(ReminderRepository reminders, DeliveryRepository deliveries, PatientRepository patients,
            SessionRepository sessions, ProgramRepository programs, ReminderScheduler scheduler,
            MessageTemplates templates, StaffAlerts staffAlerts, ReminderConfig config, Clock clock) {
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.patients = patients;
        this.sessions = sessions;
        this.programs = programs;
        this.scheduler = scheduler;
        this.templates = templates;
        this.staffAlerts = staffAlerts;
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
        Optional<HomeProgram> program = Optional.empty();
        if (r.kind() == ReminderKind.HOME_PROGRAM) {
            program = programs.homeProgramOf(r.patientId()).filter(p -> p.homeProgramId().equals(r.subjectId()));
            if (program.isEmpty()) {
                reminders.withdraw(r.id(), WithdrawalReason.PROGRAM_REPLACED);
                return;
            }
        }
        Instant sendAt = r.urgent() ? now : prefs.quietHours().releaseTime(now, prefs.zone());
        if (r.expiredAt(sendAt)) { // a clock jump, downtime or quiet hours passed its moment: never sent late
            scheduleNext(r, prefs, program);
            reminders.withdraw(r.id(), WithdrawalReason.EXPIRED);
            return;
        }
        if (sendAt.isAfter(now)) {
            reminders.moveTo(r.id(), sendAt);
            return;
        }
        scheduleNext(r, prefs, program);
        if (r.kind() == ReminderKind.SESSION) {
            Optional<WithdrawalReason> gone = sessionGone(r);
            if (gone.isPresent()) {
                reminders.withdraw(r.id(), gone.get());
                return;
            }
        }
        boolean logged = switch (r.kind()) {
            case DIARY -> programs.loggedDay(r.patientId(), r.localDay()).isPresent();
            case HOME_PROGRAM -> programs.loggedDay(r.patientId(), r.localDay()).orElse(false); // exercises done
            default -> false;
        };
        reminders.setStatus(r.id(), logged ? ReminderStatus.SKIPPED : fanOut(r, prefs, now));
    }

    /** Recurring reminders exist one occurrence ahead: handling one (sent, skipped or expired) schedules the next. */
    private void scheduleNext(Reminder r, PatientPreferences prefs, Optional<HomeProgram> program) {
        if (r.kind() == ReminderKind.DIARY) {
            scheduler.scheduleDiary(r.patientId(), prefs, r.localDay().plusDays(1));
        }
        program.ifPresent(p -> scheduler.scheduleHomeProgram(r.patientId(), prefs, p, r.localDay().plusDays(1)));
    }

    private Optional<WithdrawalReason> sessionGone(Reminder r) {
        var session = sessions.find(r.subjectId());
        if (session.isEmpty() || session.get().cancelled()) {
            return Optional.of(WithdrawalReason.SESSION_CANCELLED);
        }
        return session.get().startsAt().equals(r.startsAt()) ? Optional.empty()
                : Optional.of(WithdrawalReason.SESSION_MOVED);
    }

    /** One delivery per channel the patient consented to (in-app unless turned off), and the staff's alert. */
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
                        null, null, r.expiresAt()), now, now);
                created++;
            }
        }
        if (r.urgent()) {
            created += staffAlerts.alert(r, prefs.zone(), now);
        }
        return created == 0 ? ReminderStatus.NO_CHANNEL : ReminderStatus.RELEASED;
    }
}
