package care.unknot.notification.repository;

import static care.unknot.notification.repository.Rows.date;
import static care.unknot.notification.repository.Rows.utc;

import care.unknot.events.plan.HomeProgramFrequency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The home program in force per patient, and the logged diary days (reminder_home_program, reminder_diary_day). */
@ApplicationScoped
public class ProgramRepository {

    public record HomeProgram(UUID homeProgramId, LocalDate assignedOn, HomeProgramFrequency frequency) {
    }

    private final EntityManager em;

    public ProgramRepository(EntityManager em) {
        this.em = em;
    }

    /** @return true when this assignment is now the one in force (not older than the stored one) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyHomeProgram(UUID patientId, HomeProgram program, Instant eventTime) {
        return em.createNativeQuery("""
                INSERT INTO reminder_home_program (patient_id, home_program_id, assigned_on, frequency, event_time)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (patient_id) DO UPDATE SET home_program_id = EXCLUDED.home_program_id,
                    assigned_on = EXCLUDED.assigned_on, frequency = EXCLUDED.frequency, event_time = EXCLUDED.event_time
                WHERE reminder_home_program.event_time <= EXCLUDED.event_time""")
                .setParameter(1, patientId).setParameter(2, program.homeProgramId())
                .setParameter(3, program.assignedOn()).setParameter(4, program.frequency().name())
                .setParameter(5, utc(eventTime)).executeUpdate() == 1;
    }

    public Optional<HomeProgram> homeProgramOf(UUID patientId) {
        List<?> rows = em.createNativeQuery("""
                SELECT home_program_id, assigned_on, frequency FROM reminder_home_program WHERE patient_id = ?1""")
                .setParameter(1, patientId).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(r -> new HomeProgram((UUID) r[0], date(r[1]),
                HomeProgramFrequency.valueOf((String) r[2])));
    }

    /** A day is logged once an entry was recorded; the latest version of the entry says whether it records exercises. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void logDay(UUID patientId, LocalDate day, boolean exercisesDone) {
        em.createNativeQuery("""
                INSERT INTO reminder_diary_day (patient_id, day, exercises_done) VALUES (?1, ?2, ?3)
                ON CONFLICT (patient_id, day) DO UPDATE SET exercises_done = EXCLUDED.exercises_done""")
                .setParameter(1, patientId).setParameter(2, day).setParameter(3, exercisesDone).executeUpdate();
    }

    /** Empty when the day has no entry; else whether it records exercises. */
    public Optional<Boolean> loggedDay(UUID patientId, LocalDate day) {
        List<?> rows = em.createNativeQuery(
                "SELECT exercises_done FROM reminder_diary_day WHERE patient_id = ?1 AND day = ?2")
                .setParameter(1, patientId).setParameter(2, day).getResultList();
        return rows.stream().map(Boolean.class::cast).findFirst();
    }
}
