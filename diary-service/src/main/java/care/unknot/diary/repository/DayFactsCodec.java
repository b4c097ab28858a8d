package care.unknot.diary.repository;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.MedicationClass;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** Day facts as the compact sub-document stored with each entry and in the patient's read model. */
final class DayFactsCodec {

    private DayFactsCodec() {
    }

    static Document toDocument(DayFacts facts) {
        Document doc = new Document("h", facts.headacheDay())
                .append("m", facts.migraineDay())
                .append("s", facts.moderateSevereDay())
                .append("c", facts.medicationClasses().stream().map(Enum::name).sorted().toList())
                .append("x", facts.exercisesDone());
        if (facts.peakNrs() != null) {
            doc.append("p", facts.peakNrs());
        }
        if (facts.late()) {
            doc.append("l", true);
        }
        return doc;
    }

    static DayFacts fromDocument(LocalDate date, Document doc) {
        Set<MedicationClass> classes = EnumSet.noneOf(MedicationClass.class);
        for (String name : doc.getList("c", String.class, List.of())) {
            classes.add(MedicationClass.valueOf(name));
        }
        return new DayFacts(date, doc.getBoolean("h", false), doc.getBoolean("m", false), doc.getBoolean("s", false),
                classes, doc.getInteger("p"), doc.getBoolean("x", false), doc.getBoolean("l", false));
    }
}
