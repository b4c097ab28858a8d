package care.unknot.notification.service;

import care.unknot.notification.config.ReminderConfig;
import care.unknot.notification.domain.ReminderKind;
import care.unknot.notification.domain.ReminderTimes;
import care.unknot.notification.domain.WithdrawalReason;
import care.unknot.notification.repository.PatientRepository;
import care.unknot.notification.repository.ProgramRepository;
import care.unknot.notification.repository.ProgramRepository.HomeProgram;
import care.unknot.notification.repository.Reminder;
import care.unknot.notification.repository.ReminderRepository;
import care.unknot.notification.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Turns facts from the events into rows of the durable schedule (domain.md 4), in the caller's transaction.
 * Recurring reminders exist one occurrence ahead: the release of one schedules the next, so the schedule grows
 * with the patients, not with the days.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderScheduler {

    static final String DIARY_TEMPLATE = "diary-reminder";
    static final String HOME_PROGRAM_TEMPLATE = "home-program-reminder";

    private final ReminderRepository reminders;
    private final PatientRepository patients;
    private final SessionRepository sessions;
    private final ProgramRepository programs;
    private final ReminderConfig config;
    private final Clock clock;

    public ReminderScheduler(ReminderRepository reminders, PatientRepository patients, SessionRepository sessions,
            ProgramRepository programs, ReminderConfig config, Clock clock) {
        this.reminders = reminders;
        this.patients = patients;
        this.sessions = sessions;
        this.programs = programs;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PatientPreferences preferencesOf(UUID patientId) {
        return PatientPreferences.of(patients.find(patientId), config.defaults());
    }

    /** The patient's zone or times changed (or it was registered): the daily reminders follow. */
    public void patientChanged(UUID patientId) {
        PatientPreferences prefs = preferencesOf(patientId);
        var pendingDiary = reminders.pending(patientId, ReminderKind.DIARY);
        if (pendingDiary.isEmpty()) {
            scheduleDiary(patientId, prefs, LocalDate.MIN);
        }
        pendingDiary.forEach(r -> reminders.moveTo(r.id(),
                ReminderTimes.at(r.localDay(), prefs.diaryTime(), prefs.zone()),
                ReminderTimes.endOf(r.localDay(), prefs.zone())));
        var pendingProgram = reminders.pending(patientId, ReminderKind.HOME_PROGRAM);
        if (pendingProgram.isEmpty()) {
            programs.homeProgramOf(patientId).ifPresent(p -> scheduleHomeProgram(patientId, prefs, p, LocalDate.MIN));
        }
        pendingProgram.forEach(r -> reminders.moveTo(r.id(),
                ReminderTimes.at(r.localDay(), prefs.homeProgramTime(), prefs.zone()),
                ReminderTimes.endOf(r.localDay(), prefs.zone())));
    }

    /** A session was booked or moved: reminders for any other start are withdrawn, those for this one scheduled. */
    public void sessionStarts(UUID sessionId, UUID patientId, Instant startsAt, ZoneId zone, Instant eventTime) {
        if (!sessions.applyStart(sessionId, patientId, startsAt, zone.getId(), eventTime)) {
            return;
        }
        reminders.withdrawPendingOtherThan(sessionId, startsAt);
        Instant now = clock.instant();
        for (Duration lead : config.sessionLeadTimes()) {
            Instant due = startsAt.minus(lead);
            if (due.isAfter(now)) {
                reminders.schedule(new Reminder(UUID.randomUUID(), patientId, ReminderKind.SESSION,
                        "session-reminder-" + lead.toHours() + "h",
                        "session:" + sessionId + ":" + startsAt + ":" + lead, sessionId, null, due, startsAt,
                        startsAt), now);
            }
        }
    }

    /** A cancelled session's reminders are withdrawn and never come back. */
    public void sessionCancelled(UUID sessionId, UUID patientId, Instant startsAt, ZoneId zone, Instant eventTime) {
        sessions.cancel(sessionId, patientId, startsAt, zone.getId(), eventTime);
        reminders.withdrawPending(sessionId, WithdrawalReason.SESSION_CANCELLED);
    }

    /** A home program assigned or replaced: the previous program's pending reminder goes, the new one's comes. */
    public void homeProgramAssigned(UUID patientId, HomeProgram program, Instant eventTime) {
        if (!programs.applyHomeProgram(patientId, program, eventTime)) {
            return;
        }
        reminders.pending(patientId, ReminderKind.HOME_PROGRAM).stream()
                .filter(r -> !program.homeProgramId().equals(r.subjectId()))
                .forEach(r -> reminders.withdraw(r.id(), WithdrawalReason.PROGRAM_REPLACED));
        if (patients.find(patientId).isPresent()) {
            scheduleHomeProgram(patientId, preferencesOf(patientId), program, LocalDate.MIN);
        }
    }

    /** The next diary reminder on or after {@code notBefore} that is still ahead. */
    public void scheduleDiary(UUID patientId, PatientPreferences prefs, LocalDate notBefore) {
        Instant now = clock.instant();
        LocalDate day = ReminderTimes.nextDay(notBefore, prefs.diaryTime(), prefs.zone(), now);
        reminders.schedule(new Reminder(UUID.randomUUID(), patientId, ReminderKind.DIARY, DIARY_TEMPLATE,
                "diary:" + patientId + ":" + day, null, day, ReminderTimes.at(day, prefs.diaryTime(), prefs.zone()),
                null, ReminderTimes.endOf(day, prefs.zone())), now);
    }

    /** The next home-program reminder on a prescribed day on or after {@code notBefore} that is still ahead. */
    public void scheduleHomeProgram(UUID patientId, PatientPreferences prefs, HomeProgram program,
            LocalDate notBefore) {
        Instant now = clock.instant();
        LocalDate day = ReminderTimes.nextPrescribedDay(program.assignedOn(), program.frequency(), notBefore,
                prefs.homeProgramTime(), prefs.zone(), now);
        reminders.schedule(new Reminder(UUID.randomUUID(), patientId, ReminderKind.HOME_PROGRAM,
                HOME_PROGRAM_TEMPLATE, "home-program:" + program.homeProgramId() + ":" + day,
                program.homeProgramId(), day, ReminderTimes.at(day, prefs.homeProgramTime(), prefs.zone()), null,
                ReminderTimes.endOf(day, prefs.zone())), now);
    }

    /** One gap reminder per gap, due now (quiet hours still hold it), withdrawn if not out within gap-reminder-expiry. */
    public void diaryGap(UUID patientId, LocalDate firstEmptyDate) {
        Instant now = clock.instant();
        reminders.schedule(new Reminder(UUID.randomUUID(), patientId, ReminderKind.DIARY_GAP, "diary-gap-reminder",
                "gap:" + patientId + ":" + firstEmptyDate, null, firstEmptyDate, now, null,
                now.plus(config.gapReminderExpiry())), now);
    }

    /** An urgent alert, due now whatever the hour, to the patient and the staff (see StaffAlerts); it never expires. */
    public void urgent(UUID patientId, ReminderKind kind, UUID subjectId, String template) {
        Instant now = clock.instant();
        reminders.schedule(new Reminder(UUID.randomUUID(), patientId, kind, template,
                "urgent:" + kind + ":" + subjectId, subjectId, null, now, null, null), now);
    }
}
