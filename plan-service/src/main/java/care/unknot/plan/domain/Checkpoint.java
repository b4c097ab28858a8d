package care.unknot.plan.domain;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.plan.CheckpointDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A progress checkpoint of a plan (domain.md 2.4): the proposal the rules made from diary's checkpoint window, and the
 * therapist's decision. A revised window for the same checkpoint re-proposes in place (revision + 1) and keeps the
 * previous proposal, so what changed can be shown; a decision names the revision it was made on.
 */
@Entity
@Table(name = "checkpoint")
public class Checkpoint {

    public enum Status {
        PROPOSED,
        CONFIRMED,
        OVERRIDDEN
    }

    @Id
    private UUID id;
    private UUID planId;
    private UUID patientId;
    @Enumerated(EnumType.STRING)
    private CheckpointKind kind;
    private int triggeringSessionNumber;
    private LocalDate checkpointDate;
    private int revision;
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String proposal;
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String previousProposal;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private CheckpointDecision decision;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;
    private Instant progressTime;
    private Instant proposedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected Checkpoint() {
    }

    public Checkpoint(UUID id, Plan plan, CheckpointKind kind, int triggeringSessionNumber, LocalDate checkpointDate,
            Object proposal, Instant progressTime, Instant now) {
        this.id = id;
        this.planId = plan.id();
        this.patientId = plan.patientId();
        this.kind = kind;
        this.triggeringSessionNumber = triggeringSessionNumber;
        this.checkpointDate = checkpointDate;
        this.revision = 1;
        this.proposal = JsonColumns.write(proposal);
        this.status = Status.PROPOSED;
        this.progressTime = progressTime;
        this.proposedAt = now;
    }

    /** A revised window: the new proposal, the old one kept; an earlier decision stays visible but is open again. */
    public void revise(Object newProposal, LocalDate date, Instant newProgressTime, Instant now) {
        this.previousProposal = this.proposal;
        this.proposal = JsonColumns.write(newProposal);
        this.checkpointDate = date;
        this.revision++;
        this.status = Status.PROPOSED;
        this.progressTime = newProgressTime;
        this.proposedAt = now;
    }

    public void decide(CheckpointDecision decision, boolean overridden, String reason, String by, Instant now) {
        this.status = overridden ? Status.OVERRIDDEN : Status.CONFIRMED;
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public <T> T proposal(Class<T> type) {
        return JsonColumns.read(proposal, type);
    }

    public <T> T previousProposal(Class<T> type) {
        return JsonColumns.read(previousProposal, type);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public CheckpointKind kind() {
        return kind;
    }

    public int triggeringSessionNumber() {
        return triggeringSessionNumber;
    }

    public LocalDate checkpointDate() {
        return checkpointDate;
    }

    public int revision() {
        return revision;
    }

    public Status status() {
        return status;
    }

    public CheckpointDecision decision() {
        return decision;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant progressTime() {
        return progressTime;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public long version() {
        return version;
    }
}
