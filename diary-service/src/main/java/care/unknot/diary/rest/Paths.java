package care.unknot.diary.rest;

import care.unknot.kit.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing of path and query values into 400s that name the parameter. */
final class Paths {

    private Paths() {
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.field(400, name, "must be a date (yyyy-MM-dd)");
        }
    }

    static LocalDate optionalDate(String name, String value) {
        return value == null || value.isBlank() ? null : date(name, value);
    }

    /** The version named by an If-Match header: null without a header; 412 when it names no version of ours. */
    static Long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // falls through to 412
            }
        }
        throw ProblemException.field(412, "If-Match", "does not name a version of this entry");
    }
}
