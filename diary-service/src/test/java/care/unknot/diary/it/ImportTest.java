package care.unknot.diary.it;

import static care.unknot.diary.it.Api.asPatient;
import static care.unknot.diary.it.Api.asTherapist;
import static care.unknot.diary.it.Api.entryPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.events.EventJson;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.events.diary.EntrySource;
import care.unknot.kit.security.Roles;
import care.unknot.kit.time.MutableClock;
import care.unknot.local.testing.OpenApiValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** domain.md 3.1: a therapist imports a paper or app diary, validated as a whole, counted like typed entries. */
@QuarkusTest
class ImportTest {

    private static final LocalDate T = LocalDate.of(2026, 7, 1);

    @Inject
    PatientRepository patients;

    @Inject
    MutableClock clock;

    private final UUID patient = UUID.randomUUID();
    private final String therapist = UUID.randomUUID().toString();

    /** The same month of days for both patients: headaches, migraines, medication, free days. */
    private static String day(int i) {
        return switch (i % 5) {
            case 0 -> Api.headache(40, 5);
            case 1 -> Api.medicationOnly("TRIPTAN");
            case 2 -> Api.headache(20, 3);
            default -> Api.HEADACHE_FREE;
        };
    }

    private static String rows(LocalDate first, int days, IntFunction<String> body) {
        return IntStream.range(0, days).filter(i -> body.apply(i) != null)
                .mapToObj(i -> "{\"date\": \"" + first.plusDays(i) + "\", \"entry\": " + body.apply(i) + "}")
                .collect(Collectors.joining(",\n"));
    }

    private static String request(String source, boolean replace, String rows) {
        return "{\"source\": \"" + source + "\", \"replaceExisting\": " + replace + ", \"entries\": [" + rows + "]}";
    }

    private RequestSpecification asTheTherapist() {
        return Api.as(Roles.THERAPIST, therapist);
    }

    private String importPath(UUID id) {
        return "/api/v1/patients/" + id + "/diary-imports";
    }

    @Test
    void aPaperBaselineImportedAndATreatmentMonthTypedLateGiveTheFiguresOfTheSameDiaryTypedOnTime() {
        UUID onTime = UUID.randomUUID();
        Upstream upstream = new Upstream(patients);
        // typed on time, day by day
        Diary.log(clock, onTime, T.minusDays(28), 28, ImportTest::day);
        Diary.at(clock, T, 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, onTime, Upstream.session(onTime, 1, T, 8));
        Diary.log(clock, onTime, T, 28, i -> day(i + 3));

        // the paper baseline month imported at the first session, the treatment month typed in 40 days after T
        Diary.at(clock, T, 9);
        asTheTherapist().body(request("PAPER", false, rows(T.minusDays(28), 28, ImportTest::day)))
                .post(importPath(patient)).then().statusCode(200).body("imported", equalTo(28));
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, T, 8));
        Diary.at(clock, T.plusDays(40), 12);
        for (int i = 0; i < 28; i++) {
            asPatient(patient).body(day(i + 3)).put(entryPath(patient, T.plusDays(i))).then().statusCode(201)
                    .body("late", equalTo(true));
        }

        JsonNode late = progress(patient);
        JsonNode typed = progress(onTime);
        assertThat(late.at("/baseline/kind").asText()).isEqualTo("PROSPECTIVE");
        // imported at T: T-28 .. T-8 are more than 7 days old (late), T-7 .. T-1 are not
        assertThat(late.at("/baseline/window/lateEntries").asInt()).isEqualTo(21);
        assertThat(late.at("/series/0/lateEntries").asInt()).isEqualTo(28);
        assertThat(typed.at("/series/0/lateEntries").asInt()).isZero();
        assertThat(late.at("/series/0/raw/headacheDays").isInt()).isTrue();
        assertThat(withoutLateCounts(late)).isEqualTo(withoutLateCounts(typed));
    }

    @Test
    void anInvalidRowIsA400NamingRowAndFieldAndNothingIsStored() {
        Diary.at(clock, T, 12);
        String rows = rows(T.minusDays(10), 10, i -> i == 6
                ? "{\"headache\": true, \"episodes\": [{\"start\": \"09:00\", \"durationMinutes\": 40, \"peakNrs\": 11}]}"
                : Api.HEADACHE_FREE);
        asTheTherapist().filter(OpenApiValidation.violatesDocument()).body(request("PAPER", false, rows))
                .post(importPath(patient)).then().statusCode(400)
                .body("violations[0].field", equalTo("entries[6].entry.episodes[0].peakNrs"));
        String crossField = rows(T.minusDays(10), 10, i -> i == 2 ? "{\"headache\": true}" : Api.HEADACHE_FREE);
        asTheTherapist().body(request("APP", false, crossField)).post(importPath(patient)).then().statusCode(400)
                .body("violations[0].field", equalTo("entries[2].entry.episodes"));
        String twice = rows(T.minusDays(10), 3, i -> Api.HEADACHE_FREE) + ","
                + rows(T.minusDays(10), 1, i -> Api.HEADACHE_FREE);
        asTheTherapist().body(request("APP", false, twice)).post(importPath(patient)).then().statusCode(400)
                .body("violations[0].field", equalTo("entries[3].date"));
        asTheTherapist().body(request("APP", false, rows(T, 2, i -> Api.HEADACHE_FREE)))
                .post(importPath(patient)).then().statusCode(400)
                .body("violations[0].field", equalTo("entries[1].date"));

        asTheTherapist().get("/api/v1/patients/" + patient + "/diary?from=" + T.minusDays(30) + "&to=" + T).then()
                .statusCode(200).body("items", hasSize(0));
        assertThat(patients.find(patient).map(s -> s.days().size()).orElse(0)).isZero();
    }

    @Test
    void existingDatesAreReportedNotOverwrittenUnlessReplaceIsAsked() {
        Diary.at(clock, T, 12);
        Api.put(patient, T.minusDays(2), Api.headache(40, 5));
        asTheTherapist().body(request("APP", false, rows(T.minusDays(3), 3, i -> Api.HEADACHE_FREE)))
                .post(importPath(patient)).then().statusCode(200).body("imported", equalTo(2))
                .body("replaced", equalTo(0)).body("skippedExisting", equalTo(List.of(T.minusDays(2).toString())));
        asPatient(patient).get(entryPath(patient, T.minusDays(2))).then().statusCode(200)
                .body("headache", equalTo(true)).body("source", equalTo("PATIENT"));
        asTherapist().get(entryPath(patient, T.minusDays(3))).then().statusCode(200)
                .body("source", equalTo("APP")).body("importedBy", equalTo(therapist)).body("late", equalTo(false));

        asTheTherapist().body(request("IMPORT", true, rows(T.minusDays(2), 1, i -> Api.HEADACHE_FREE)))
                .post(importPath(patient)).then().statusCode(200).body("imported", equalTo(0))
                .body("replaced", equalTo(1));
        asPatient(patient).get(entryPath(patient, T.minusDays(2))).then().statusCode(200)
                .body("headache", equalTo(false)).body("source", equalTo("IMPORT")).body("version", equalTo(2));
    }

    @Test
    void oneEventPerEntryOneProgressUpdateForTheImportAndAKeyReplaysIt() {
        Diary.at(clock, T, 12);
        String body = request("PAPER", false, rows(T.minusDays(30), 30, ImportTest::day));
        String first = asTheTherapist().header("Idempotency-Key", "paper-" + patient).body(body)
                .post(importPath(patient)).then().statusCode(200).extract().asString();
        asTheTherapist().header("Idempotency-Key", "paper-" + patient).body(body).post(importPath(patient)).then()
                .statusCode(200).header("Idempotent-Replayed", "true").body(equalTo(first));

        List<DiaryEntryRecordedV1> recorded = Kafka.awaitExactly(patient, EventTypes.DIARY_ENTRY_RECORDED, 30)
                .stream().map(e -> e.as(DiaryEntryRecordedV1.class)).toList();
        assertThat(recorded).hasSize(30);
        assertThat(recorded).allMatch(e -> e.source() == EntrySource.PAPER);
        assertThat(recorded.stream().filter(DiaryEntryRecordedV1::late).count()).isEqualTo(23); // over 7 days old
        assertThat(Kafka.awaitExactly(patient, EventTypes.PROGRESS_UPDATED, 1)).hasSize(1);
    }

    @Test
    void moreThan1500RowsIs413AndMoreThanThreeYearsIs400() {
        Diary.at(clock, T, 12);
        asTheTherapist().body(request("PAPER", false, rows(T.minusDays(1501), 1501, i -> Api.HEADACHE_FREE)))
                .post(importPath(patient)).then().statusCode(413).contentType("application/problem+json")
                .body("violations[0].field", equalTo("entries"));
        String spread = rows(T.minusDays(1200), 1, i -> Api.HEADACHE_FREE) + ","
                + rows(T.minusDays(1), 1, i -> Api.HEADACHE_FREE);
        asTheTherapist().body(request("PAPER", false, spread)).post(importPath(patient)).then().statusCode(400)
                .body("violations[0].field", equalTo("entries"));
    }

    private static final String RICH = """
            {"headache": true,
             "episodes": [{"start": "14:30", "durationMinutes": 240, "peakNrs": 7,
                           "features": ["UNILATERAL", "PULSATING", "NAUSEA"], "locations": ["left temple", "neck"]},
                          {"start": "21:05", "durationMinutes": 20, "peakNrs": 3}],
             "medications": [{"medicationClass": "TRIPTAN", "name": "sumatriptan, 50 mg", "doses": 1},
                             {"medicationClass": "SIMPLE_ANALGESIC", "name": "ibuprofen", "doses": 2}],
             "sleepHours": 6.5, "sleepQuality": 3, "stress": 6, "triggers": ["screen work", "=SUM(A1)"],
             "exercises": {"spots": ["upper trapezius", "suboccipitals"], "minutes": 10}, "heatOrColdUsed": true,
             "redFlags": ["DIZZINESS_AFTER_TREATMENT"], "note": "long day, said \\"ouch\\"\\nnext line"}""";

    @Test
    void anExportImportsBackAsTheSameEntriesAndFigures() {
        UUID source = UUID.randomUUID();
        Diary.log(clock, source, T.minusDays(30), 30, i -> i % 4 == 0 ? RICH : day(i));
        Diary.at(clock, T.plusDays(2), 12);
        String csv = asTherapist().get("/api/v1/patients/" + source + "/diary-export?from=" + T.minusDays(40) + "&to="
                + T).then().statusCode(200).extract().asString();

        asTheTherapist().contentType("text/csv; charset=UTF-8").body(csv).post(importPath(patient) + "/csv?source=APP").then()
                .statusCode(200).body("imported", equalTo(30)).body("source", equalTo("APP"));

        assertThat(entries(patient)).isEqualTo(entries(source));
        assertThat(withoutLateCounts(progress(patient))).isEqualTo(withoutLateCounts(progress(source)));
    }

    @Test
    void aBadCsvCellIsA400NamingRowAndColumn() {
        Diary.at(clock, T, 12);
        String header = care.unknot.diary.service.ExportService.HEADER;
        String good = T.minusDays(2) + ",false,0,,,false,false,false,false,,0,,,,,,,,,[],[],";
        String bad = T.minusDays(1) + ",false,0,,,false,false,false,false,,0,,9,,,,,,,[],[],";
        asTheTherapist().contentType("text/csv; charset=UTF-8").body(header + "\r\n" + good + "\r\n" + bad + "\r\n")
                .post(importPath(patient) + "/csv?source=PAPER").then().statusCode(400)
                .body("violations[0].field", equalTo("entries[1].entry.sleepQuality"));
        asTheTherapist().contentType("text/csv; charset=UTF-8").body("date,headache\r\n" + good)
                .post(importPath(patient) + "/csv?source=PAPER").then().statusCode(400)
                .body("violations[0].field", equalTo("header"));
        assertThat(patients.find(patient).map(st -> st.days().size()).orElse(0)).isZero();
    }

    /** The patient's entries as shown, without what differs by design (owner, version, time, source, lateness). */
    private List<JsonNode> entries(UUID id) {
        JsonNode page = EventJson.mapper().valueToTree(asTherapist().get("/api/v1/patients/" + id + "/diary?from="
                + T.minusDays(40) + "&to=" + T + "&limit=100").then().statusCode(200).extract()
                .as(java.util.Map.class));
        List<JsonNode> items = new java.util.ArrayList<>();
        for (JsonNode item : page.get("items")) {
            ObjectNode copy = item.deepCopy();
            copy.remove(List.of("patientId", "version", "recordedAt", "source", "importedBy", "late", "guidance"));
            items.add(copy);
        }
        return items;
    }

    @Test
    void patientsCannotImport() {
        Diary.at(clock, T, 12);
        asPatient(patient).body(request("PAPER", false, rows(T.minusDays(1), 1, i -> Api.HEADACHE_FREE)))
                .post(importPath(patient)).then().statusCode(403);
    }

    private JsonNode progress(UUID id) {
        return EventJson.mapper().valueToTree(asTherapist().get("/api/v1/patients/" + id + "/progress").then()
                .statusCode(200).extract().as(java.util.Map.class));
    }

    /** The progress tree without the late-entry counts (the one thing that differs by design). */
    private static JsonNode withoutLateCounts(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("lateEntries");
        }
        node.forEach(ImportTest::strip);
    }
}
