package care.unknot.notification.repository;

import static care.unknot.notification.repository.Rows.time;
import static care.unknot.notification.repository.Rows.typed;
import static care.unknot.notification.repository.Rows.utc;

import care.unknot.events.notification.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The per-patient read copy (reminder_patient) and channel consents (reminder_channel). */
@ApplicationScoped
public class PatientRepository {

    /*
     * One statement, last writer wins: the copy changes only for an event at least as new as the one that set it;
     * the reminder times only when the event is newer than the last change through the REST API too.
     */
    private static final String APPLY_INTAKE = """
            INSERT INTO reminder_patient (patient_id, time_zone, locale, diary_time, home_program_time,
                intake_event_time, preferences_changed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
            ON CONFLICT (patient_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, locale = EXCLUDED.locale,
                diary_time = CASE WHEN EXCLUDED.intake_event_time > reminder_patient.preferences_changed_at
                    THEN EXCLUDED.diary_time ELSE reminder_patient.diary_time END,
                home_program_time = CASE WHEN EXCLUDED.intake_event_time > reminder_patient.preferences_changed_at
                    THEN EXCLUDED.home_program_time ELSE reminder_patient.home_program_time END,
                preferences_changed_at = GREATEST(reminder_patient.preferences_changed_at,
                    EXCLUDED.intake_event_time),
                intake_event_time = EXCLUDED.intake_event_time, version = reminder_patient.version + 1
            WHERE reminder_patient.intake_event_time <= EXCLUDED.intake_event_time""";

    private final EntityManager em;

    public PatientRepository(EntityManager em) {
        this.em = em;
    }

    /** @return true when applied, false when the copy comes from a newer event */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyIntake(UUID patientId, ZoneId zone, String locale, LocalTime diaryTime,
            LocalTime homeProgramTime, Instant eventTime) {
        Query query = em.createNativeQuery(APPLY_INTAKE).setParameter(1, patientId).setParameter(2, zone.getId())
                .setParameter(3, locale).setParameter(6, utc(eventTime));
        typed(query, 4, diaryTime, LocalTime.class);
        return typed(query, 5, homeProgramTime, LocalTime.class).executeUpdate() == 1;
    }

    public Optional<PatientSettings> find(UUID patientId) {
        return find(patientId, "");
    }

    /** The row locked for the caller's update. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PatientSettings> lock(UUID patientId) {
        return find(patientId, " FOR UPDATE");
    }

    private Optional<PatientSettings> find(UUID patientId, String lock) {
        List<?> rows = em.createNativeQuery("""
                SELECT patient_id, time_zone, locale, diary_time, home_program_time, quiet_start, quiet_end, version
                FROM reminder_patient WHERE patient_id = ?1""" + lock).setParameter(1, patientId).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(r -> new PatientSettings((UUID) r[0],
                ZoneId.of((String) r[1]), (String) r[2], time(r[3]), time(r[4]), time(r[5]), time(r[6]),
                ((Number) r[7]).longValue()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updatePreferences(UUID patientId, LocalTime diaryTime, LocalTime homeProgramTime,
            LocalTime quietStart, LocalTime quietEnd, Instant now) {
        Query query = em.createNativeQuery("""
                UPDATE reminder_patient SET diary_time = ?2, home_program_time = ?3, quiet_start = ?4, quiet_end = ?5,
                    preferences_changed_at = GREATEST(preferences_changed_at, ?6), version = version + 1
                WHERE patient_id = ?1""").setParameter(1, patientId).setParameter(6, utc(now));
        typed(query, 2, diaryTime, LocalTime.class);
        typed(query, 3, homeProgramTime, LocalTime.class);
        typed(query, 4, quietStart, LocalTime.class);
        typed(query, 5, quietEnd, LocalTime.class).executeUpdate();
    }

    public List<ChannelSetting> channels(UUID patientId) {
        List<?> rows = em.createNativeQuery("""
                SELECT channel, consent, address FROM reminder_channel WHERE patient_id = ?1 ORDER BY channel""")
                .setParameter(1, patientId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new ChannelSetting(Channel.valueOf((String) r[0]), (Boolean) r[1], (String) r[2]))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void putChannel(UUID patientId, ChannelSetting setting, Instant now) {
        Query query = em.createNativeQuery("""
                INSERT INTO reminder_channel (patient_id, channel, consent, address, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (patient_id, channel) DO UPDATE SET consent = EXCLUDED.consent, address = EXCLUDED.address,
                    updated_at = EXCLUDED.updated_at""").setParameter(1, patientId)
                .setParameter(2, setting.channel().name()).setParameter(3, setting.consent())
                .setParameter(5, utc(now));
        typed(query, 4, setting.address(), String.class).executeUpdate();
        em.createNativeQuery("UPDATE reminder_patient SET version = version + 1 WHERE patient_id = ?1")
                .setParameter(1, patientId).executeUpdate();
    }

    /** Sets the treating therapist unless a newer plan event set another. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyTherapist(UUID patientId, UUID therapistId, Instant eventTime) {
        em.createNativeQuery("""
                INSERT INTO reminder_therapist (patient_id, therapist_id, event_time) VALUES (?1, ?2, ?3)
                ON CONFLICT (patient_id) DO UPDATE SET therapist_id = EXCLUDED.therapist_id,
                    event_time = EXCLUDED.event_time
                WHERE reminder_therapist.event_time <= EXCLUDED.event_time""").setParameter(1, patientId)
                .setParameter(2, therapistId).setParameter(3, utc(eventTime)).executeUpdate();
    }

    /** Records the therapist's login (token subject) unless a newer plan event recorded another. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyTherapistLogin(UUID therapistId, String subject, Instant eventTime) {
        em.createNativeQuery("""
                INSERT INTO reminder_therapist_login (therapist_id, subject, event_time) VALUES (?1, ?2, ?3)
                ON CONFLICT (therapist_id) DO UPDATE SET subject = EXCLUDED.subject, event_time = EXCLUDED.event_time
                WHERE reminder_therapist_login.event_time <= EXCLUDED.event_time""").setParameter(1, therapistId)
                .setParameter(2, subject).setParameter(3, utc(eventTime)).executeUpdate();
    }

    /** True when plan events named {@code subject} as the login of the therapist {@code therapistId}. */
    public boolean isTherapistLogin(UUID therapistId, String subject) {
        return !em.createNativeQuery("SELECT 1 FROM reminder_therapist_login WHERE therapist_id = ?1 AND subject = ?2")
                .setParameter(1, therapistId).setParameter(2, subject).getResultList().isEmpty();
    }

    public Optional<UUID> therapistOf(UUID patientId) {
        List<?> rows = em.createNativeQuery("SELECT therapist_id FROM reminder_therapist WHERE patient_id = ?1")
                .setParameter(1, patientId).getResultList();
        return rows.stream().map(UUID.class::cast).findFirst();
    }
}
