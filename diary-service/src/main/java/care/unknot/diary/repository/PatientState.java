package care.unknot.diary.repository;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.HomeProgram;
import care.unknot.diary.domain.MohAlertState;
import care.unknot.diary.domain.PatientHistory;
import care.unknot.diary.domain.RetrospectiveBaseline;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.UUID;

/**
 * The per-patient read model: day facts of every entry, local copies of intake and plan events, and the state of
 * the daily jobs. {@code rev} guards every change (optimistic, single-document).
 *
 * @param zone null until patient.registered arrived
 * @param days the day facts loaded: all of them ({@code PatientRepository.find/load}) or only those of the windows
 *        a write needs ({@code PatientRepository.loadWindows})
 * @param currentFingerprint what the last CURRENT progress.updated said, to publish only on change
 * @param processedEvents empty unless loaded in full
 * @param lastDay the latest day with an entry as stored (null for documents written before it was kept)
 * @param diaryStart the earliest local date an entry may be created for: the registration date, or the first day
 *        of an imported diary when earlier (null: unknown, no lower bound)
 * @param checkpoints the checkpoints already published, with their windows (at most a few)
 */
public record PatientState(UUID patientId, long rev, ZoneId zone, NavigableMap<LocalDate, DayFacts> days,
                           LocalDate firstSession, RetrospectiveBaseline retrospective, String phenotype,
                           HomeProgram homeProgram, MohAlertState moh, LocalDate gapRaisedThrough,
                           LocalDate lastDailyRun, String currentFingerprint, Set<String> processedEvents,
                           LocalDate lastDay, LocalDate diaryStart, List<ReportedCheckpoint> checkpoints) {

    public PatientState {
        checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
    }

    public PatientState withDays(NavigableMap<LocalDate, DayFacts> newDays) {
        return new PatientState(patientId, rev, zone, newDays, firstSession, retrospective, phenotype, homeProgram,
                moh, gapRaisedThrough, lastDailyRun, currentFingerprint, processedEvents,
                lastDay, diaryStart, checkpoints);
    }

    public PatientState withFirstSession(LocalDate t) {
        return new PatientState(patientId, rev, zone, days, t, retrospective, phenotype, homeProgram, moh,
                gapRaisedThrough, lastDailyRun, currentFingerprint, processedEvents,
                lastDay, diaryStart, checkpoints);
    }

    public PatientState withIntake(RetrospectiveBaseline newRetrospective, String newPhenotype) {
        return new PatientState(patientId, rev, zone, days, firstSession, newRetrospective, newPhenotype,
                homeProgram, moh, gapRaisedThrough, lastDailyRun, currentFingerprint, processedEvents,
                lastDay, diaryStart, checkpoints);
    }

    public PatientState withHomeProgram(HomeProgram program) {
        return new PatientState(patientId, rev, zone, days, firstSession, retrospective, phenotype, program, moh,
                gapRaisedThrough, lastDailyRun, currentFingerprint, processedEvents,
                lastDay, diaryStart, checkpoints);
    }

    public PatientState withZone(ZoneId newZone) {
        return new PatientState(patientId, rev, newZone, days, firstSession, retrospective, phenotype, homeProgram,
                moh, gapRaisedThrough, lastDailyRun, currentFingerprint, processedEvents,
                lastDay, diaryStart, checkpoints);
    }

    public PatientHistory history() {
        return new PatientHistory(days, firstSession, retrospective, phenotype, homeProgram);
    }

    public ZoneId zoneOr(ZoneId fallback) {
        return zone == null ? fallback : zone;
    }

    /** The latest day with an entry: the stored {@code lastDay}, or the latest loaded day if later or unknown. */
    public LocalDate lastEntry() {
        LocalDate loaded = days.isEmpty() ? null : days.lastKey();
        if (lastDay == null || loaded != null && loaded.isAfter(lastDay)) {
            return loaded;
        }
        return lastDay;
    }
}
