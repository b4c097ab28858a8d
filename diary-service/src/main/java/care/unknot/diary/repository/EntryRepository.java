package care.unknot.diary.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.events.diary.EntrySource;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code entries} collection: one document per patient and local date (unique), holding the raw entry, its day
 * facts and the events it causes ({@value #PENDING_EVENTS}) in one single-document write. The projection moves those
 * events into the patient's document (the one outbox of a patient, so all of a patient's events keep their order)
 * together with the day facts. Deletion leaves a tombstone so the read model can be brought level after a crash
 * ({@code projected=false} until it is).
 */
@ApplicationScoped
public class EntryRepository {

    public static final String COLLECTION = "entries";
    /** Events of the entry not yet in the patient's outbox (ids fixed at the write, so a retry repeats them). */
    public static final String PENDING_EVENTS = "pendingEvents";

    private final MongoCollection<Document> entries;

    public EntryRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.entries = client.getDatabase(database).getCollection(COLLECTION);
    }

    public void createIndexes() {
        entries.createIndex(Indexes.ascending("patientId", "date"), new IndexOptions().unique(true));
        entries.createIndex(Indexes.ascending("projected"));
    }

    /**
     * What is stored for the date, tombstone included, in one read by {@code _id}: the write path's only read of
     * {@code entries}.
     */
    public Optional<Slot> slot(UUID patientId, LocalDate date) {
        return Optional.ofNullable(entries.find(eq("_id", id(patientId, date))).first())
                .map(doc -> new Slot(toStored(doc), doc.getBoolean("deleted", false),
                        doc.getBoolean("projected", true)));
    }

    /**
     * An entry document as read: the entry (for a tombstone, the one deleted), whether it is a tombstone, and
     * whether its facts and events reached the patient's read model.
     */
    public record Slot(StoredEntry stored, boolean deleted, boolean projected) {

        /** The live entry; empty for a tombstone. */
        public Optional<StoredEntry> live() {
            return deleted ? Optional.empty() : Optional.of(stored);
        }
    }

    public Optional<StoredEntry> find(UUID patientId, LocalDate date) {
        return Optional.ofNullable(entries.find(and(eq("_id", id(patientId, date)), ne("deleted", true))).first())
                .map(EntryRepository::toStored);
    }

    /**
     * Inserts the first version, or writes over the tombstone read at {@code tombstoneVersion} (null: none was
     * read); false when someone else wrote the date meanwhile.
     */
    public boolean insert(UUID patientId, DiaryEntry entry, DayFacts facts, Instant now, List<Document> outbox,
                          Long tombstoneVersion) {
        if (tombstoneVersion != null) {
            return replace(patientId, entry, facts, tombstoneVersion, now, outbox, true);
        }
        Document doc = new Document("_id", id(patientId, entry.date()))
                .append("patientId", patientId.toString())
                .append("date", entry.date().toString())
                .append("version", 1L)
                .append("deleted", false)
                .append("projected", false)
                .append("recordedAt", Date.from(now))
                .append("entry", EntryCodec.toDocument(entry))
                .append("facts", DayFactsCodec.toDocument(facts))
                .append(PENDING_EVENTS, outbox);
        try {
            entries.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces the entry if it is still at {@code version}; false when someone else wrote it meanwhile. */
    public boolean replace(UUID patientId, DiaryEntry entry, DayFacts facts, long version, Instant now,
                           List<Document> outbox) {
        return replace(patientId, entry, facts, version, now, outbox, false);
    }

    private boolean replace(UUID patientId, DiaryEntry entry, DayFacts facts, long version, Instant now,
                            List<Document> outbox, boolean overTombstone) {
        Bson filter = and(eq("_id", id(patientId, entry.date())), eq("version", version),
                eq("deleted", overTombstone));
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("entry", EntryCodec.toDocument(entry)),
                Updates.set("facts", DayFactsCodec.toDocument(facts)),
                Updates.set("deleted", false),
                Updates.set("projected", false),
                Updates.set("recordedAt", Date.from(now)),
                Updates.inc("version", 1L)));
        if (!outbox.isEmpty()) {
            updates.add(Updates.pushEach(PENDING_EVENTS, outbox));
        }
        return entries.updateOne(filter, Updates.combine(updates)).getModifiedCount() == 1;
    }

    /** Marks the entry deleted if it is still at {@code version}. */
    public boolean delete(UUID patientId, LocalDate date, long version, Instant now) {
        Bson filter = and(eq("_id", id(patientId, date)), eq("version", version), eq("deleted", false));
        return entries.updateOne(filter, Updates.combine(Updates.set("deleted", true),
                Updates.set("projected", false), Updates.set("recordedAt", Date.from(now)),
                Updates.inc("version", 1L))).getModifiedCount() == 1;
    }

    /** Entries from..to (inclusive) after the cursor date, by date, at most {@code limit}. */
    public List<StoredEntry> list(UUID patientId, LocalDate from, LocalDate to, LocalDate after, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(eq("patientId", patientId.toString()), ne("deleted", true),
                gte("date", from.toString()), lte("date", to.toString())));
        if (after != null) {
            filters.add(gt("date", after.toString()));
        }
        return entries.find(and(filters)).sort(Sorts.ascending("date")).limit(limit)
                .map(EntryRepository::toStored).into(new ArrayList<>());
    }

    /** Entries (and tombstones) whose facts have not reached the patient's read model yet. */
    public List<Document> unprojected(int limit) {
        return entries.find(eq("projected", false)).limit(limit).into(new ArrayList<>());
    }

    /** The entry at {@code version} reached the read model, with the events it carried. */
    public void markProjected(String id, long version) {
        entries.updateOne(and(eq("_id", id), eq("version", version)),
                Updates.combine(Updates.set("projected", true), Updates.unset(PENDING_EVENTS)));
    }

    /**
     * Writes the entry documents of a committed import (3.1): a new date is inserted (over a tombstone too), a
     * replaced one is updated if still at the version the import read. Already projected (the import's commit put
     * their facts and events in the patient's document). Idempotent: a row already written by this import, or a
     * date someone else wrote meanwhile, is left alone.
     */
    public void writeImported(ImportRepository.Staged staged) {
        for (ImportRepository.StagedRow row : staged.rows()) {
            String id = id(staged.patientId(), row.entry().date());
            List<Bson> content = List.of(Updates.set("entry", EntryCodec.toDocument(row.entry())),
                    Updates.set("facts", DayFactsCodec.toDocument(row.facts())), Updates.set("deleted", false),
                    Updates.set("projected", true), Updates.set("recordedAt", Date.from(staged.stagedAt())),
                    Updates.set("source", staged.source().name()), Updates.set("importedBy", staged.importedBy()),
                    Updates.set("importId", staged.id()), Updates.unset(PENDING_EVENTS));
            List<Bson> update = new ArrayList<>(content);
            update.add(Updates.inc("version", 1L));
            Bson notYet = ne("importId", staged.id());
            if (row.replacesVersion() != null) {
                entries.updateOne(and(eq("_id", id), eq("version", row.replacesVersion()), notYet),
                        Updates.combine(update));
                continue;
            }
            Document doc = new Document("_id", id).append("patientId", staged.patientId().toString())
                    .append("date", row.entry().date().toString()).append("version", 1L).append("deleted", false)
                    .append("projected", true).append("recordedAt", Date.from(staged.stagedAt()))
                    .append("entry", EntryCodec.toDocument(row.entry()))
                    .append("facts", DayFactsCodec.toDocument(row.facts()))
                    .append("source", staged.source().name()).append("importedBy", staged.importedBy())
                    .append("importId", staged.id());
            try {
                entries.insertOne(doc);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                entries.updateOne(and(eq("_id", id), eq("deleted", true), notYet), Updates.combine(update));
            }
        }
    }

    public static String id(UUID patientId, LocalDate date) {
        return patientId + ":" + date;
    }

    static StoredEntry toStored(Document doc) {
        LocalDate date = LocalDate.parse(doc.getString("date"));
        return new StoredEntry(UUID.fromString(doc.getString("patientId")),
                EntryCodec.fromDocument(date, doc.get("entry", Document.class)),
                DayFactsCodec.fromDocument(date, doc.get("facts", Document.class)), doc.getLong("version"),
                doc.getDate("recordedAt").toInstant(), EntrySource.valueOf(doc.get("source", "PATIENT")),
                doc.getString("importedBy"));
    }

    /** What the projector needs from a raw document. */
    public record Projection(String id, UUID patientId, LocalDate date, long version, boolean deleted, DayFacts facts,
                             List<Document> events) {

        public static Projection of(Document doc) {
            LocalDate date = LocalDate.parse(doc.getString("date"));
            return new Projection(doc.getString("_id"), UUID.fromString(doc.getString("patientId")), date,
                    doc.getLong("version"), doc.getBoolean("deleted", false),
                    DayFactsCodec.fromDocument(date, doc.get("facts", Document.class)),
                    doc.getList(PENDING_EVENTS, Document.class, List.of()));
        }
    }

    public Optional<Projection> projection(UUID patientId, LocalDate date) {
        return Optional.ofNullable(entries.find(eq("_id", id(patientId, date))).first()).map(Projection::of);
    }
}
