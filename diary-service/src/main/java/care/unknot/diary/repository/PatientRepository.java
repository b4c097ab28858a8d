package care.unknot.diary.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import care.unknot.diary.domain.DateWindow;
import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.HomeProgram;
import care.unknot.diary.domain.MohAlertState;
import care.unknot.diary.domain.RetrospectiveBaseline;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.kit.outbox.mongo.MongoOutbox;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code patients} collection: one read-model document per patient. Every change is one conditional update on
 * {@code rev}, carrying its pending events in {@code _outbox} and, for consumed events, the event id in
 * {@code processed} (so an event's effect and its de-duplication are one atomic write).
 */
@ApplicationScoped
public class PatientRepository {

    public static final String COLLECTION = "patients";
    /** When the patient's next daily run is due (an instant: the start of their next local day). Indexed. */
    public static final String NEXT_RUN = "nextRunAt";

    private final MongoCollection<Document> patients;
    private final MongoOutbox outbox;

    public PatientRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
                             MongoOutbox outbox) {
        this.patients = client.getDatabase(database).getCollection(COLLECTION);
        this.outbox = outbox;
    }

    /** Fields that grow with the patient's history; left out of {@link #head} and {@link #loadWindows}. */
    private static final List<String> HISTORY = List.of("days", "processed", "alerts", "completedSessions",
            MongoOutbox.FIELD);

    /**
     * Creates the index of the daily jobs' due query ({@link #claimDue}) and makes due at once every patient written
     * before next-run times were kept (a one-off scan at start-up; afterwards it matches nothing).
     */
    public void createIndexes() {
        patients.createIndex(Indexes.ascending(NEXT_RUN), new IndexOptions().name("daily_due"));
        patients.updateMany(Filters.exists(NEXT_RUN, false), setNextRun(Instant.EPOCH));
    }

    /** The patient's whole state (every day, processed id and alert), created empty on first use. */
    public PatientState load(UUID patientId) {
        return toState(loadDocument(patientId, null));
    }

    /**
     * The patient's state with only the days of the windows {@code windowsOf} names for it (and no processed ids,
     * alerts or pending events): two reads by {@code _id} whose size does not grow with the patient's history.
     * Created empty on first use.
     */
    public PatientState loadWindows(UUID patientId, Function<PatientState, List<DateWindow>> windowsOf) {
        return loadWindows(patientId, windowsOf, null);
    }

    /**
     * As {@link #loadWindows(UUID, Function)}, starting from a {@code known} head the caller has just read (null:
     * read it): then one read by {@code _id}, unless the document changed since.
     */
    public PatientState loadWindows(UUID patientId, Function<PatientState, List<DateWindow>> windowsOf,
                                    PatientState known) {
        for (int attempt = 0; attempt < 10; attempt++) {
            PatientState head = attempt == 0 && known != null ? known : head(patientId);
            List<String> fields = new ArrayList<>(List.of("rev"));
            for (DateWindow window : windowsOf.apply(head)) {
                for (LocalDate day = window.start(); !day.isAfter(window.end()); day = day.plusDays(1)) {
                    fields.add("days." + day);
                }
            }
            Document days = patients.find(eq("_id", patientId.toString())).projection(Projections.include(fields))
                    .first();
            if (days != null && days.getLong("rev") == head.rev()) {
                return head.withDays(days(days));
            }
        }
        throw new IllegalStateException("patient read model kept changing while it was read");
    }

    /** The patient's state without any days, processed ids or alerts; created empty on first use. */
    public PatientState head(UUID patientId) {
        return toState(loadDocument(patientId, Projections.exclude(HISTORY)));
    }

    private Document loadDocument(UUID patientId, Bson projection) {
        Document doc = patients.find(eq("_id", patientId.toString())).projection(projection).first();
        if (doc == null) {
            patients.updateOne(eq("_id", patientId.toString()),
                    Updates.combine(Updates.setOnInsert("rev", 0L), Updates.setOnInsert("days", new Document()),
                            Updates.setOnInsert(NEXT_RUN, new Date(0))),
                    new UpdateOptions().upsert(true));
            doc = patients.find(eq("_id", patientId.toString())).projection(projection).first();
        }
        return doc;
    }

    /**
     * Claims the patient whose daily run is due longest (next-run time at or before {@code now}; the indexed
     * query {@code {nextRunAt: {$lte: now}}} sorted by {@code nextRunAt}) by moving its next-run time to
     * {@code retryAt}: another replica skips it, and if the run fails it is retried then.
     */
    public Optional<UUID> claimDue(Instant now, Instant retryAt) {
        Document claimed = patients.findOneAndUpdate(lte(NEXT_RUN, Date.from(now)),
                Updates.set(NEXT_RUN, Date.from(retryAt)), new FindOneAndUpdateOptions()
                        .sort(Sorts.ascending(NEXT_RUN)).projection(Projections.include("_id")));
        return Optional.ofNullable(claimed).map(d -> UUID.fromString(d.getString("_id")));
    }

    /** Sets when the patient's next daily run is due (outside a run: e.g. the day already ran). */
    public void scheduleNextRun(UUID patientId, Instant at) {
        patients.updateOne(eq("_id", patientId.toString()), setNextRun(at));
    }

    /** Fields no computation of progress needs; left out of {@link #findForProgress}. */
    private static final List<String> NOT_FOR_PROGRESS = List.of("processed", "alerts", "completedSessions",
            MongoOutbox.FIELD);

    /** The patient's {@code rev} and time zone, the key of a computed progress (a read of a few bytes by id). */
    public Optional<Version> version(UUID patientId) {
        return Optional.ofNullable(patients.find(eq("_id", patientId.toString()))
                        .projection(Projections.include("rev", "zone")).first())
                .map(doc -> new Version(doc.getLong("rev"),
                        doc.getString("zone") == null ? null : ZoneId.of(doc.getString("zone"))));
    }

    /** @param zone null until the patient's registration told it */
    public record Version(long rev, ZoneId zone) {
    }

    /** The patient's state with every day, without the processed ids, alerts and pending events. */
    public Optional<PatientState> findForProgress(UUID patientId) {
        return Optional.ofNullable(patients.find(eq("_id", patientId.toString()))
                .projection(Projections.exclude(NOT_FOR_PROGRESS)).first()).map(PatientRepository::toState);
    }

    public Optional<PatientState> find(UUID patientId) {
        return Optional.ofNullable(patients.find(eq("_id", patientId.toString())).first())
                .map(PatientRepository::toState);
    }

    /** Applies {@code changes} if the document is still at {@code rev}; false when it moved on meanwhile. */
    public boolean update(UUID patientId, long rev, List<Bson> changes, List<Document> outbox) {
        return update(and(eq("_id", patientId.toString()), eq("rev", rev)), changes, outbox);
    }

    /** As {@link #update}, and records {@code eventId} as processed; false also when it already was. */
    public boolean updateForEvent(UUID patientId, long rev, String eventId, List<Bson> changes,
                                  List<Document> outbox) {
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.addToSet("processed", eventId));
        return update(and(eq("_id", patientId.toString()), eq("rev", rev), ne("processed", eventId)), all, outbox);
    }

    /** The change, its events and the next {@code rev} in one write; the outbox wakes the relay for the events. */
    private boolean update(Bson filter, List<Bson> changes, List<Document> events) {
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.inc("rev", 1L));
        return outbox.updateOne(patients, filter, Updates.combine(all), events).getModifiedCount() == 1;
    }


    // ---- field updates, named after what they change

    public static Bson setDay(DayFacts facts) {
        return Updates.combine(Updates.set("days." + facts.date(), DayFactsCodec.toDocument(facts)),
                Updates.max("lastDay", facts.date().toString()));
    }

    /** @param lastDay the latest day with an entry once this one is gone (null: none known) */
    public static Bson removeDay(LocalDate date, LocalDate lastDay) {
        return Updates.combine(Updates.unset("days." + date),
                lastDay == null ? Updates.unset("lastDay") : Updates.set("lastDay", lastDay.toString()));
    }

    /** The zone, and the daily run due at once: its next-run time was computed in the old zone. */
    public static Bson setZone(ZoneId zone) {
        return Updates.combine(Updates.set("zone", zone.getId()), setNextRun(Instant.EPOCH));
    }

    /** When the next daily run is due: the start of the patient's next local day. */
    public static Bson setNextRun(Instant at) {
        return Updates.set(NEXT_RUN, Date.from(at));
    }

    /** The time of the event that set a read copy ({@code copyTimes.<copy>}): read copies are last-writer-wins. */
    public static Bson setCopyTime(String copy, Instant eventTime) {
        return Updates.set("copyTimes." + copy, Date.from(eventTime));
    }

    /** The event time of the read copy in force, if an event set it. */
    public Optional<Instant> copyTime(UUID patientId, String copy) {
        Document doc = patients.find(eq("_id", patientId.toString()))
                .projection(Projections.include("copyTimes." + copy)).first();
        Document times = doc == null ? null : doc.get("copyTimes", Document.class);
        return Optional.ofNullable(times == null ? null : times.getDate(copy)).map(Date::toInstant);
    }

    public static Bson setFirstSession(LocalDate date) {
        return Updates.set("firstSession", date.toString());
    }

    public static Bson setCompletedSession(UUID sessionId, LocalDate date) {
        return Updates.set("completedSessions." + sessionId, date.toString());
    }

    public static Bson setRetrospective(RetrospectiveBaseline baseline, String phenotype) {
        Document retro = new Document("months", List.of(baseline.headacheDaysMonth1(), baseline.headacheDaysMonth2(),
                baseline.headacheDaysMonth3()));
        if (baseline.anyMedicationDaysPerMonth() != null) {
            retro.append("anyMedicationDays", baseline.anyMedicationDaysPerMonth());
        }
        return Updates.combine(Updates.set("retrospective", retro), Updates.set("phenotype", phenotype));
    }

    public static Bson setPhenotype(String phenotype) {
        return Updates.set("phenotype", phenotype);
    }

    public static Bson setHomeProgram(HomeProgram program) {
        return Updates.set("homeProgram", new Document("assignedOn", program.assignedOn().toString())
                .append("frequency", program.frequency().name()));
    }

    public static Bson setMoh(MohAlertState state) {
        Document moh = new Document("on", state.on()).append("quietDays", state.daysWithoutThreshold());
        if (state.lastEvaluated() != null) {
            moh.append("lastEvaluated", state.lastEvaluated().toString());
        }
        return Updates.set("moh", moh);
    }

    public static Bson setGapRaisedThrough(LocalDate date) {
        return Updates.set("gapRaisedThrough", date.toString());
    }

    public static Bson setLastDailyRun(LocalDate date) {
        return Updates.set("lastDailyRun", date.toString());
    }

    /** The day facts of an import's rows in one update (one {@code $max} of the last day). */
    public static Bson setImportedDays(List<DayFacts> facts) {
        List<Bson> sets = new ArrayList<>();
        LocalDate last = null;
        for (DayFacts f : facts) {
            sets.add(Updates.set("days." + f.date(), DayFactsCodec.toDocument(f)));
            last = last == null || f.date().isAfter(last) ? f.date() : last;
        }
        if (last != null) {
            sets.add(Updates.max("lastDay", last.toString()));
        }
        return Updates.combine(sets);
    }

    /** Marks an import committed: its rows are in this document; its entry documents may still be missing. */
    public static Bson addCommittedImport(String importId) {
        return Updates.addToSet("committedImports", importId);
    }

    /** True once the import's commit reached the patient's document (and until its entries were written). */
    public boolean importCommitted(UUID patientId, String importId) {
        return patients.find(and(eq("_id", patientId.toString()), eq("committedImports", importId)))
                .projection(Projections.include("_id")).first() != null;
    }

    /** The import's entry documents are written. */
    public void importWritten(UUID patientId, String importId) {
        patients.updateOne(eq("_id", patientId.toString()), Updates.pull("committedImports", importId));
    }

    /** Lowers the earliest date an entry may be created for (registration, or an imported diary's first day). */
    public static Bson lowerDiaryStart(LocalDate date) {
        return Updates.min("diaryStart", date.toString());
    }

    /** Records a published checkpoint (or its latest revision). */
    public static Bson setCheckpoint(ReportedCheckpoint c) {
        return Updates.set("checkpoints." + c.key(), new Document("kind", c.kind().name())
                .append("sessionId", c.sessionId().toString()).append("sessionNumber", c.sessionNumber())
                .append("date", c.checkpointDate().toString()).append("start", c.window().start().toString())
                .append("end", c.window().end().toString()).append("revision", c.revision())
                .append("fingerprint", c.fingerprint()));
    }

    public static Bson setCurrentFingerprint(String fingerprint) {
        return Updates.set("currentFingerprint", fingerprint);
    }

    /** Keeps a record of a gap or MOH alert for the clinician summary (codes and dates only). */
    public static Document alert(String kind, LocalDate from, LocalDate to, List<String> codes, Instant raisedAt) {
        return new Document("kind", kind).append("from", from.toString())
                .append("to", to.toString()).append("codes", codes).append("raisedAt", Date.from(raisedAt));
    }

    public static Bson pushAlerts(List<Document> alerts) {
        return Updates.pushEach("alerts", alerts);
    }

    public List<Document> alerts(UUID patientId) {
        Document doc = patients.find(eq("_id", patientId.toString())).projection(Projections.include("alerts"))
                .first();
        return doc == null ? List.of() : doc.getList("alerts", Document.class, List.of());
    }

    private static NavigableMap<LocalDate, DayFacts> days(Document doc) {
        NavigableMap<LocalDate, DayFacts> days = new TreeMap<>();
        Document daysDoc = doc.get("days", Document.class);
        if (daysDoc != null) {
            for (Map.Entry<String, Object> day : daysDoc.entrySet()) {
                LocalDate date = LocalDate.parse(day.getKey());
                days.put(date, DayFactsCodec.fromDocument(date, (Document) day.getValue()));
            }
        }
        return days;
    }

    static PatientState toState(Document doc) {
        NavigableMap<LocalDate, DayFacts> days = days(doc);
        Document retro = doc.get("retrospective", Document.class);
        RetrospectiveBaseline retrospective = null;
        if (retro != null) {
            List<Integer> months = retro.getList("months", Integer.class);
            retrospective = new RetrospectiveBaseline(months.get(0), months.get(1), months.get(2),
                    retro.getInteger("anyMedicationDays"));
        }
        Document program = doc.get("homeProgram", Document.class);
        Document moh = doc.get("moh", Document.class);
        return new PatientState(UUID.fromString(doc.getString("_id")), doc.getLong("rev"),
                doc.getString("zone") == null ? null : ZoneId.of(doc.getString("zone")), days,
                date(doc, "firstSession"), retrospective, doc.getString("phenotype"),
                program == null ? null : new HomeProgram(LocalDate.parse(program.getString("assignedOn")),
                        HomeProgram.Frequency.valueOf(program.getString("frequency"))),
                moh == null ? MohAlertState.INITIAL : new MohAlertState(moh.getBoolean("on"),
                        moh.getInteger("quietDays"), date(moh, "lastEvaluated")),
                date(doc, "gapRaisedThrough"), date(doc, "lastDailyRun"), doc.getString("currentFingerprint"),
                new HashSet<>(doc.getList("processed", String.class, List.of())), date(doc, "lastDay"),
                date(doc, "diaryStart"), checkpoints(doc.get("checkpoints", Document.class)));
    }

    private static List<ReportedCheckpoint> checkpoints(Document all) {
        List<ReportedCheckpoint> reported = new ArrayList<>();
        if (all != null) {
            for (Object value : all.values()) {
                Document c = (Document) value;
                reported.add(new ReportedCheckpoint(CheckpointKind.valueOf(c.getString("kind")),
                        UUID.fromString(c.getString("sessionId")), c.getInteger("sessionNumber"),
                        date(c, "date"), new DateWindow(date(c, "start"), date(c, "end")), c.getInteger("revision"),
                        c.getString("fingerprint")));
            }
        }
        return reported;
    }

    private static LocalDate date(Document doc, String key) {
        String value = doc.getString(key);
        return value == null ? null : LocalDate.parse(value);
    }
}
