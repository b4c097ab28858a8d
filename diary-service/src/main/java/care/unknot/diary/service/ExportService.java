package care.unknot.diary.service;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.Episode;
import care.unknot.diary.domain.MedicationIntake;
import care.unknot.diary.domain.MohThreshold;
import care.unknot.diary.repository.EntryRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.StoredEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The CSV export of a date range, and the alerts listed in the clinician summary. */
@ApplicationScoped
public class ExportService {

    public static final String HEADER = "date,headache,episodes,longest_episode_minutes,peak_nrs,headache_day,"
            + "migraine_day,moderate_severe_day,medication_day,medication_classes,medication_doses,sleep_hours,"
            + "sleep_quality,stress,exercise_minutes,heat_or_cold_used,red_flags,triggers,note,"
            // what a re-import needs beyond the summary columns (issue 9: an export imports back unchanged)
            + "episodes_json,medications_json,exercise_spots";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final EntryRepository entries;
    private final PatientRepository patients;

    public ExportService(EntryRepository entries, PatientRepository patients) {
        this.entries = entries;
        this.patients = patients;
    }

    /**
     * @param filledLater GAP only: days of the gap that have an entry now (typed in late or imported); the gap
     *        stays reported, nothing is withdrawn
     */
    public record Alert(@Schema(example = "GAP") String kind, @Schema(example = "2026-03-10") LocalDate from,
                        @Schema(example = "2026-03-12") LocalDate to,
                        @Schema(example = "[\"SIMPLE_ANALGESIC\"]") List<String> codes,
                        @Schema(example = "1") Integer filledLater) {
    }

    /** A day the MOH alert turned on or off (3.3), with the current window it was evaluated on. */
    public record MohAlertChange(@Schema(example = "2026-04-02") LocalDate day,
                                 @Schema(example = "ON") MohAlertStateName state,
                                 @Schema(example = "2026-03-05") LocalDate windowStart,
                                 @Schema(example = "2026-04-01") LocalDate windowEnd,
                                 @Schema(example = "[\"SIMPLE_ANALGESIC\"]") List<MohThreshold> thresholdsMet) {
    }

    public enum MohAlertStateName { ON, OFF }

    /** Every day the MOH alert turned on (with the thresholds met) or off, oldest first. */
    public List<MohAlertChange> mohHistory(UUID patientId) {
        List<MohAlertChange> changes = new ArrayList<>();
        for (Document alert : patients.alerts(patientId)) {
            String kind = alert.getString("kind");
            if (kind.equals("MOH") || kind.equals("MOH_OFF")) {
                LocalDate end = LocalDate.parse(alert.getString("to"));
                changes.add(new MohAlertChange(end.plusDays(1),
                        kind.equals("MOH") ? MohAlertStateName.ON : MohAlertStateName.OFF,
                        LocalDate.parse(alert.getString("from")), end,
                        alert.getList("codes", String.class, List.of()).stream().map(MohThreshold::valueOf).toList()));
            }
        }
        changes.sort(Comparator.comparing(MohAlertChange::day));
        return changes;
    }

    public String csv(UUID patientId, LocalDate from, LocalDate to) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (StoredEntry stored : entries.list(patientId, from, to, null, Integer.MAX_VALUE)) {
            csv.append(row(stored)).append("\r\n");
        }
        return csv.toString();
    }

    /** Red-flag entries, gaps and MOH crossings, oldest first. */
    public List<Alert> alerts(UUID patientId, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        java.util.TreeSet<LocalDate> logged = new java.util.TreeSet<>();
        for (StoredEntry stored : entries.list(patientId, EARLIEST, today, null, Integer.MAX_VALUE)) {
            logged.add(stored.entry().date());
            if (!stored.entry().redFlags().isEmpty()) {
                alerts.add(new Alert("RED_FLAG", stored.entry().date(), stored.entry().date(),
                        stored.entry().redFlags().stream().map(Enum::name).sorted().toList(), null));
            }
        }
        for (Document alert : patients.alerts(patientId)) {
            LocalDate from = LocalDate.parse(alert.getString("from"));
            LocalDate to = LocalDate.parse(alert.getString("to"));
            boolean gap = "GAP".equals(alert.getString("kind"));
            alerts.add(new Alert(alert.getString("kind"), from, to, alert.getList("codes", String.class, List.of()),
                    gap ? logged.subSet(from, true, to, true).size() : null));
        }
        alerts.sort(Comparator.comparing(Alert::from));
        return alerts;
    }

    private static String row(StoredEntry stored) {
        DiaryEntry e = stored.entry();
        List<Object> cells = new ArrayList<>();
        cells.add(e.date());
        cells.add(e.headache());
        cells.add(e.episodes().size());
        cells.add(e.episodes().stream().mapToInt(Episode::durationMinutes).max().stream().boxed().findFirst()
                .orElse(null));
        cells.add(stored.facts().peakNrs());
        cells.add(stored.facts().headacheDay());
        cells.add(stored.facts().migraineDay());
        cells.add(stored.facts().moderateSevereDay());
        cells.add(stored.facts().medicationDay());
        cells.add(stored.facts().medicationClasses().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(";")));
        cells.add(e.medications().stream().mapToInt(MedicationIntake::doses).sum());
        cells.add(e.sleepHours() == null ? null : e.sleepHours().toPlainString());
        cells.add(e.sleepQuality());
        cells.add(e.stress());
        cells.add(e.exercises() == null ? null : e.exercises().minutes());
        cells.add(e.heatOrColdUsed());
        cells.add(e.redFlags().stream().map(Enum::name).sorted().collect(Collectors.joining(";")));
        cells.add(String.join(";", e.triggers()));
        cells.add(e.note());
        cells.add(json(e.episodes().stream().map(x -> {
            Map<String, Object> episode = new LinkedHashMap<>();
            episode.put("start", x.start().format(DateTimeFormatter.ofPattern("HH:mm")));
            episode.put("durationMinutes", x.durationMinutes());
            episode.put("peakNrs", x.peakNrs());
            episode.put("features", x.features().stream().map(Enum::name).sorted().toList());
            episode.put("locations", x.locations());
            return episode;
        }).toList()));
        cells.add(json(e.medications().stream().map(m -> {
            Map<String, Object> medication = new LinkedHashMap<>();
            medication.put("medicationClass", m.medicationClass().name());
            medication.put("name", m.name());
            medication.put("doses", m.doses());
            return medication;
        }).toList()));
        cells.add(e.exercises() == null ? null : String.join(";", e.exercises().spots()));
        return cells.stream().map(ExportService::cell).collect(Collectors.joining(","));
    }

    private static String json(List<Map<String, Object>> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
