package care.unknot.diary.messaging;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.GapDetector;
import care.unknot.diary.domain.MohThreshold;
import care.unknot.diary.domain.RedFlag;
import care.unknot.events.EventTypes;
import care.unknot.events.diary.AlertKind;
import care.unknot.events.diary.AlertUrgency;
import care.unknot.events.diary.DiaryAlertRaisedV1;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.events.diary.EntrySource;
import care.unknot.events.diary.DiaryGapDetectedV1;
import care.unknot.events.diary.MedicationClass;
import care.unknot.events.diary.MohThresholdCrossedV1;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.RedFlagSymptom;
import care.unknot.diary.domain.DateWindow;
import care.unknot.kit.outbox.mongo.MongoOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/** The diary's events as pending outbox sub-documents: facts and ids only, never free text. */
@ApplicationScoped
public class DiaryEvents {

    static final String AGGREGATE = "Patient";

    private final MongoOutbox outbox;
    private final Clock clock;

    public DiaryEvents(MongoOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Document entryRecorded(UUID patientId, DayFacts facts) {
        return entryRecorded(patientId, facts, EntrySource.PATIENT);
    }

    public Document entryRecorded(UUID patientId, DayFacts facts, EntrySource source) {
        return pending(patientId, EventTypes.DIARY_ENTRY_RECORDED, new DiaryEntryRecordedV1(patientId, facts.date(),
                facts.headacheDay(), facts.migraineDay(), facts.moderateSevereDay(), facts.medicationDay(),
                facts.medicationClasses().stream().sorted().map(c -> MedicationClass.valueOf(c.name())).toList(),
                facts.exercisesDone(), clock.instant(), facts.late(), source));
    }

    public Document alertRaised(UUID patientId, DayFacts facts, Set<RedFlag> redFlags) {
        AlertUrgency urgency = redFlags.stream().anyMatch(RedFlag::isEmergency)
                ? AlertUrgency.EMERGENCY : AlertUrgency.URGENT;
        List<RedFlagSymptom> symptoms = redFlags.stream().sorted().map(f -> RedFlagSymptom.valueOf(f.name()))
                .toList();
        return pending(patientId, EventTypes.DIARY_ALERT_RAISED, new DiaryAlertRaisedV1(UUID.randomUUID(),
                patientId, AlertKind.RED_FLAG_SYMPTOM, symptoms, urgency, facts.date(), clock.instant()));
    }

    public Document gapDetected(UUID patientId, GapDetector.Gap gap) {
        return pending(patientId, EventTypes.DIARY_GAP_DETECTED,
                new DiaryGapDetectedV1(patientId, gap.firstEmptyDay(), gap.lastEmptyDay(), clock.instant()));
    }

    public Document mohCrossed(UUID patientId, DateWindow window, List<MohThreshold> thresholds) {
        return pending(patientId, EventTypes.MOH_THRESHOLD_CROSSED, new MohThresholdCrossedV1(patientId,
                window.start(), window.end(), thresholds.stream().map(DiaryEvents::wireThreshold).toList(),
                clock.instant()));
    }

    public Document progressUpdated(ProgressUpdatedV1 payload) {
        return pending(payload.patientId(), EventTypes.PROGRESS_UPDATED, payload);
    }

    static care.unknot.events.diary.MohThreshold wireThreshold(MohThreshold threshold) {
        return switch (threshold) {
            case SIMPLE_ANALGESIC -> care.unknot.events.diary.MohThreshold.SIMPLE_ANALGESIC_15_DAYS;
            case TRIPTAN -> care.unknot.events.diary.MohThreshold.TRIPTAN_10_DAYS;
            case ERGOT -> care.unknot.events.diary.MohThreshold.ERGOT_10_DAYS;
            case OPIOID -> care.unknot.events.diary.MohThreshold.OPIOID_10_DAYS;
            case COMBINATION -> care.unknot.events.diary.MohThreshold.COMBINATION_10_DAYS;
            case MULTIPLE_CLASSES -> care.unknot.events.diary.MohThreshold.MULTIPLE_CLASSES_10_DAYS;
        };
    }

    private Document pending(UUID patientId, String type, Object payload) {
        return outbox.pending(AGGREGATE, patientId.toString(), type, payload);
    }
}
