package care.unknot.diary.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.ImportSource;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code diary_imports} collection: one document per import. The validated rows are staged here first (STAGED,
 * bounded by the request body limit, far below MongoDB's 16 MB), the patient's read model then takes all of them in
 * one write (the commit), then the entry documents are written from the stage and the import becomes DONE (its rows
 * dropped, who/when/how many kept). An import whose commit never happened is ABANDONED by the repair job.
 */
@ApplicationScoped
public class ImportRepository {

    public static final String COLLECTION = "diary_imports";

    private final MongoCollection<Document> imports;

    public ImportRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.imports = client.getDatabase(database).getCollection(COLLECTION);
    }

    public void createIndexes() {
        imports.createIndex(Indexes.ascending("state", "stagedAt"), new IndexOptions().name("import_state"));
    }

    /** One validated row: the entry, its facts, and the version it replaces (null: a new entry). */
    public record StagedRow(DiaryEntry entry, DayFacts facts, Long replacesVersion) {
    }

    public record Staged(String id, UUID patientId, String importedBy, ImportSource source, Instant stagedAt,
                         List<StagedRow> rows) {
    }

    public void stage(Staged staged) {
        List<Document> rows = new ArrayList<>();
        for (StagedRow row : staged.rows()) {
            Document doc = new Document("date", row.entry().date().toString())
                    .append("entry", EntryCodec.toDocument(row.entry()))
                    .append("facts", DayFactsCodec.toDocument(row.facts()));
            if (row.replacesVersion() != null) {
                doc.append("replacesVersion", row.replacesVersion());
            }
            rows.add(doc);
        }
        imports.insertOne(new Document("_id", staged.id()).append("patientId", staged.patientId().toString())
                .append("importedBy", staged.importedBy()).append("source", staged.source().name())
                .append("state", "STAGED").append("stagedAt", Date.from(staged.stagedAt()))
                .append("count", rows.size()).append("rows", rows));
    }

    /** Imports still STAGED since before {@code before}: committed ones to finish, the others to abandon. */
    public List<Staged> stagedBefore(Instant before, int limit) {
        return imports.find(and(eq("state", "STAGED"), lte("stagedAt", Date.from(before)))).limit(limit)
                .map(ImportRepository::toStaged).into(new ArrayList<>());
    }

    /** The import's entries are written: keep who, when and how many, drop the rows. */
    public void done(String id) {
        imports.updateOne(eq("_id", id), Updates.combine(Updates.set("state", "DONE"), Updates.unset("rows")));
    }

    /** The commit never happened (a crash or a lost race): nothing of it is visible; drop the rows. */
    public void abandon(String id) {
        imports.updateOne(and(eq("_id", id), eq("state", "STAGED")),
                Updates.combine(Updates.set("state", "ABANDONED"), Updates.unset("rows")));
    }

    private static Staged toStaged(Document doc) {
        List<StagedRow> rows = new ArrayList<>();
        for (Document row : doc.getList("rows", Document.class, List.of())) {
            LocalDate date = LocalDate.parse(row.getString("date"));
            rows.add(new StagedRow(EntryCodec.fromDocument(date, row.get("entry", Document.class)),
                    DayFactsCodec.fromDocument(date, row.get("facts", Document.class)), row.getLong("replacesVersion")));
        }
        return new Staged(doc.getString("_id"), UUID.fromString(doc.getString("patientId")),
                doc.getString("importedBy"), ImportSource.valueOf(doc.getString("source")),
                doc.getDate("stagedAt").toInstant(), rows);
    }
}
