package care.unknot.plan.domain;

import care.unknot.events.plan.CareMode;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A treatment plan drafted from one eligible, reviewed intake. The draft (what the rules chose and why) is kept as
 * drafted; a therapist's changes are kept next to it as adjustments with their reasons. {@code version} is the ETag.
 */
@Entity
@Table(name = "plan")
public class Plan {

    /** A therapist's change to the draft, with the written reason. */
    public record Adjustment(String field, String from, String to, String reason, String by, Instant at) {
    }

    @Id
    private UUID id;
    private UUID patientId;
    private UUID intakeId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    @Enumerated(EnumType.STRING)
    private CareMode careMode;
    private int plannedSessionCount;
    private int programLastSessionNumber;
    private int sessionMinutes;
    private UUID therapistId;
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String draft;
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String adjustments;
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String diagnosisCodes;
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String proposedSessions;
    private boolean extended;
    private String closeReason;
    private String closeNote;
    private Instant draftedAt;
    private Instant activatedAt;
    private LocalDate homeProgramAssignedOn;
    private Instant endedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected Plan() {
    }

    public Plan(UUID id, UUID patientId, UUID intakeId, CareMode careMode, int plannedSessionCount, int sessionMinutes,
            Object draft, Instant now) {
        this.id = id;
        this.patientId = patientId;
        this.intakeId = intakeId;
        this.status = PlanStatus.DRAFT;
        this.careMode = careMode;
        this.plannedSessionCount = plannedSessionCount;
        this.programLastSessionNumber = plannedSessionCount;
        this.sessionMinutes = sessionMinutes;
        this.draft = JsonColumns.write(draft);
        this.adjustments = "[]";
        this.diagnosisCodes = "[]";
        this.proposedSessions = "[]";
        this.draftedAt = now;
    }

    public void adjust(Adjustment adjustment) {
        List<Adjustment> all = new ArrayList<>(adjustments());
        all.add(adjustment);
        this.adjustments = JsonColumns.write(all);
    }

    /** A re-drafted plan (e.g. another care mode) while it is still a draft. */
    public void redraft(CareMode careMode, int plannedSessionCount, int sessionMinutes, Object draft) {
        this.careMode = careMode;
        this.plannedSessionCount = plannedSessionCount;
        this.programLastSessionNumber = plannedSessionCount;
        this.sessionMinutes = sessionMinutes;
        this.draft = JsonColumns.write(draft);
    }

    public void sessionMinutes(int minutes) {
        this.sessionMinutes = minutes;
    }

    public void assign(UUID therapistId) {
        this.therapistId = therapistId;
    }

    public void diagnosisCodes(List<String> codes) {
        this.diagnosisCodes = JsonColumns.write(codes);
    }

    public void activate(Instant now, LocalDate homeProgramFrom) {
        this.status = PlanStatus.ACTIVE;
        this.activatedAt = now;
        this.homeProgramAssignedOn = homeProgramFrom;
    }

    /** EXTEND (once): the program's last session becomes {@code lastSessionNumber}; the times proposed for them. */
    public void extend(int lastSessionNumber, List<LocalDateTime> proposed) {
        this.status = PlanStatus.EXTENDED;
        this.extended = true;
        this.programLastSessionNumber = lastSessionNumber;
        this.plannedSessionCount = lastSessionNumber;
        this.proposedSessions = JsonColumns.write(proposed);
    }

    /** TAPER: the maintenance sessions' proposed local times; the last one completed discharges the plan. */
    public void taper(List<LocalDateTime> maintenance) {
        this.status = PlanStatus.TAPER;
        this.proposedSessions = JsonColumns.write(maintenance);
    }

    public void reEvaluate() {
        this.status = PlanStatus.RE_EVALUATION;
    }

    public void end(PlanStatus endStatus, String reason, String note, Instant now) {
        this.status = endStatus;
        this.closeReason = reason;
        this.closeNote = note;
        this.endedAt = now;
    }

    public <T> T draft(Class<T> type) {
        return JsonColumns.read(draft, type);
    }

    public List<Adjustment> adjustments() {
        return JsonColumns.read(adjustments, new TypeReference<>() { });
    }

    public List<String> diagnosisCodes() {
        return JsonColumns.read(diagnosisCodes, new TypeReference<>() { });
    }

    /** Local start times (patient's zone) proposed for the extension's or the taper's sessions. */
    public List<LocalDateTime> proposedSessions() {
        return JsonColumns.read(proposedSessions, new TypeReference<>() { });
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID intakeId() {
        return intakeId;
    }

    public PlanStatus status() {
        return status;
    }

    public CareMode careMode() {
        return careMode;
    }

    public int plannedSessionCount() {
        return plannedSessionCount;
    }

    public int programLastSessionNumber() {
        return programLastSessionNumber;
    }

    /** Sessions a plan in this state may book: the program, plus the maintenance sessions once tapering. */
    public int lastBookableSessionNumber() {
        return status == PlanStatus.TAPER ? programLastSessionNumber + proposedSessions().size()
                : programLastSessionNumber;
    }

    public int sessionMinutes() {
        return sessionMinutes;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public boolean extended() {
        return extended;
    }

    public String closeReason() {
        return closeReason;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public LocalDate homeProgramAssignedOn() {
        return homeProgramAssignedOn;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long version() {
        return version;
    }
}
