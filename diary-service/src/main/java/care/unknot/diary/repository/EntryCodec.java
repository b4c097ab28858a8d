package care.unknot.diary.repository;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.Episode;
import care.unknot.diary.domain.EpisodeFeature;
import care.unknot.diary.domain.HomeExercise;
import care.unknot.diary.domain.MedicationClass;
import care.unknot.diary.domain.MedicationIntake;
import care.unknot.diary.domain.RedFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** A diary entry mapped by hand to its stored fields (decimals as strings: exact on every server). */
final class EntryCodec {

    private EntryCodec() {
    }

    static Document toDocument(DiaryEntry entry) {
        Document doc = new Document("headache", entry.headache())
                .append("episodes", entry.episodes().stream().map(EntryCodec::episode).toList())
                .append("medications", entry.medications().stream().map(m -> new Document("class",
                        m.medicationClass().name()).append("name", m.name()).append("doses", m.doses())).toList())
                .append("triggers", entry.triggers())
                .append("redFlags", entry.redFlags().stream().map(Enum::name).sorted().toList());
        putIfPresent(doc, "sleepHours", entry.sleepHours() == null ? null : entry.sleepHours().toPlainString());
        putIfPresent(doc, "sleepQuality", entry.sleepQuality());
        putIfPresent(doc, "stress", entry.stress());
        putIfPresent(doc, "heatOrColdUsed", entry.heatOrColdUsed());
        putIfPresent(doc, "note", entry.note());
        if (entry.exercises() != null) {
            doc.append("exercises", new Document("spots", entry.exercises().spots())
                    .append("minutes", entry.exercises().minutes()));
        }
        return doc;
    }

    static DiaryEntry fromDocument(LocalDate date, Document doc) {
        List<Episode> episodes = doc.getList("episodes", Document.class, List.of()).stream()
                .map(EntryCodec::episode).toList();
        List<MedicationIntake> medications = doc.getList("medications", Document.class, List.of()).stream()
                .map(m -> new MedicationIntake(MedicationClass.valueOf(m.getString("class")), m.getString("name"),
                        m.getInteger("doses")))
                .toList();
        Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
        doc.getList("redFlags", String.class, List.of()).forEach(f -> redFlags.add(RedFlag.valueOf(f)));
        Document exercises = doc.get("exercises", Document.class);
        String sleepHours = doc.getString("sleepHours");
        return new DiaryEntry(date, doc.getBoolean("headache"), episodes, medications,
                sleepHours == null ? null : new BigDecimal(sleepHours), doc.getInteger("sleepQuality"),
                doc.getInteger("stress"), doc.getList("triggers", String.class, List.of()),
                exercises == null ? null : new HomeExercise(exercises.getList("spots", String.class, List.of()),
                        exercises.getInteger("minutes")),
                doc.getBoolean("heatOrColdUsed"), redFlags, doc.getString("note"));
    }

    private static Document episode(Episode episode) {
        return new Document("start", episode.start().toString())
                .append("minutes", episode.durationMinutes())
                .append("peakNrs", episode.peakNrs())
                .append("features", episode.features().stream().map(Enum::name).sorted().toList())
                .append("locations", episode.locations());
    }

    private static Episode episode(Document doc) {
        Set<EpisodeFeature> features = EnumSet.noneOf(EpisodeFeature.class);
        doc.getList("features", String.class, List.of()).forEach(f -> features.add(EpisodeFeature.valueOf(f)));
        return new Episode(LocalTime.parse(doc.getString("start")), doc.getInteger("minutes"),
                doc.getInteger("peakNrs"), features, doc.getList("locations", String.class, List.of()));
    }

    private static void putIfPresent(Document doc, String key, Object value) {
        if (value != null) {
            doc.append(key, value);
        }
    }
}
