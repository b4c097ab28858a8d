package care.unknot.diary.rest;

import care.unknot.diary.domain.RedFlag;
import care.unknot.diary.service.ExportService;
import care.unknot.kit.problem.ProblemException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a diary export ({@code GET diary-export}, RFC 4180) back into import rows: the summary columns derived from
 * the entry (classification, counts) are ignored and recomputed; the entry is rebuilt from its own columns and
 * validated like a PUT body. The first problem is a 400 naming {@code entries[i].<column or field>} (i counts data
 * rows from 0).
 */
final class CsvImport {

    private static final List<String> HEADER = Arrays.asList(ExportService.HEADER.split(","));
    private static final TypeReference<List<EntryRequest.EpisodeRequest>> EPISODES = new TypeReference<>() {
    };
    private static final TypeReference<List<EntryRequest.MedicationRequest>> MEDICATIONS = new TypeReference<>() {
    };

    private CsvImport() {
    }

    static List<ImportRequest.Row> rows(String csv, ObjectMapper json, Validator validator) {
        List<List<String>> records = records(csv == null ? "" : csv);
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw ProblemException.field(400, "header", "must be the diary export's header: " + ExportService.HEADER);
        }
        List<ImportRequest.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            String at = "entries[" + (i - 1) + "]";
            if (cells.size() != HEADER.size()) {
                throw ProblemException.field(400, at, "must have " + HEADER.size() + " cells");
            }
            Cells row = new Cells(cells, at, json);
            EntryRequest entry = new EntryRequest(row.bool("headache"), row.json("episodes_json", EPISODES),
                    row.json("medications_json", MEDICATIONS), row.decimal("sleep_hours"),
                    row.integer("sleep_quality"), row.integer("stress"), row.list("triggers"),
                    row.text("exercise_minutes") == null ? null : new EntryRequest.ExerciseRequest(
                            row.list("exercise_spots"), row.integer("exercise_minutes")),
                    row.optionalBool("heat_or_cold_used"), row.redFlags(), row.text("note"));
            for (ConstraintViolation<EntryRequest> violation : validator.validate(entry)) {
                throw ProblemException.field(400, at + ".entry." + violation.getPropertyPath(), violation.getMessage());
            }
            rows.add(new ImportRequest.Row(row.text("date"), entry));
        }
        if (rows.isEmpty()) {
            throw ProblemException.field(400, "entries", "must hold at least one row");
        }
        return rows;
    }

    /** One data row's cells by column name, each parse failure a 400 naming the cell. */
    private record Cells(List<String> cells, String at, ObjectMapper json) {

        String text(String column) {
            String value = cells.get(HEADER.indexOf(column));
            if (value.isEmpty()) {
                return null;
            }
            // the export defuses spreadsheet formulas with an apostrophe: take it off again
            return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                    ? value.substring(1) : value;
        }

        Boolean optionalBool(String column) {
            String value = text(column);
            if (value == null || value.equals("true") || value.equals("false")) {
                return value == null ? null : Boolean.valueOf(value);
            }
            throw ProblemException.field(400, at + "." + column, "must be true or false");
        }

        Boolean bool(String column) {
            Boolean value = optionalBool(column);
            if (value == null) {
                throw ProblemException.field(400, at + "." + column, "must be true or false");
            }
            return value;
        }

        Integer integer(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw ProblemException.field(400, at + "." + column, "must be a whole number");
            }
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw ProblemException.field(400, at + "." + column, "must be a number");
            }
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of() : List.of(value.split(";", -1));
        }

        Set<RedFlag> redFlags() {
            Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
            for (String name : list("red_flags")) {
                try {
                    flags.add(RedFlag.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.field(400, at + ".red_flags", "holds an unknown red flag");
                }
            }
            return flags;
        }

        <T> List<T> json(String column, TypeReference<List<T>> type) {
            String value = text(column);
            try {
                return value == null ? null : json.readValue(value, type);
            } catch (java.io.IOException | RuntimeException e) {
                throw ProblemException.field(400, at + "." + column, "must be the export's JSON list");
            }
        }
    }

    /** RFC 4180 records: quoted cells may hold commas, quotes ("") and line breaks; CRLF or LF ends a record. */
    static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
