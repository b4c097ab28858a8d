package care.unknot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The JSON bodies the harness sends. */
final class Bodies {

    static final String INTAKE_ANSWERS = resource("/intake-answers.json");
    static final String NO_HEADACHE = "{\"headache\":false,\"episodes\":[],\"medications\":[],\"redFlags\":[]}";

    private Bodies() {
    }

    static String patient(String timeZone) {
        return "{\"givenName\":\"Bench\",\"familyName\":\"Patient\",\"email\":\"bench@example.org\",\"timeZone\":\""
                + timeZone + "\",\"locale\":\"en-GB\"}";
    }

    /** A headache day whose episode differs with {@code variant}, so two writes of the day never carry one body. */
    static String headache(int variant) {
        return "{\"headache\":true,\"episodes\":[{\"start\":\"09:00\",\"durationMinutes\":" + (30 + variant % 600)
                + ",\"peakNrs\":" + (3 + variant % 7) + ",\"features\":[\"PHOTOPHOBIA\"]}],\"medications\":[],"
                + "\"redFlags\":[]}";
    }

    /**
     * The {@code n}-th write of one patient's day: headache and headache-free alternate, so each write changes the
     * day's headache status (one {@code diary.entry-recorded}, and one CURRENT {@code progress.updated} for a day
     * before today: the current window ends yesterday).
     */
    static String diaryWrite(int n, int variant) {
        return n % 2 == 0 ? headache(variant) : NO_HEADACHE;
    }

    /** Import rows for {@code from} .. {@code to} (inclusive): a headache every third day. */
    static String importRows(LocalDate from, LocalDate to) {
        StringBuilder rows = new StringBuilder("{\"source\":\"APP\",\"replaceExisting\":false,\"entries\":[");
        int i = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1), i++) {
            if (i > 0) {
                rows.append(',');
            }
            rows.append("{\"date\":\"").append(date).append("\",\"entry\":")
                    .append(i % 3 == 0 ? headache(i) : NO_HEADACHE).append('}');
        }
        return rows.append("]}").toString();
    }

    private static String resource(String name) {
        try (InputStream in = Bodies.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
