package care.unknot.events;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.diary.ProgressBaseline;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.plan.SessionScheduledV1;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final UUID SESSION = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c06");

    @Test
    void writesDatesAndTimesAsIsoStringsNotNumbers() {
        SessionScheduledV1 scheduled = new SessionScheduledV1(SESSION, null, null, null, 1,
                OffsetDateTime.parse("2026-03-16T10:00:00+01:00"), 45, ZoneId.of("Europe/Berlin"));

        JsonNode json = EventJson.mapper().valueToTree(scheduled);

        assertThat(json.get("startsAt").isTextual()).isTrue();
        assertThat(json.get("startsAt").asText()).isEqualTo("2026-03-16T10:00:00+01:00");
        assertThat(json.get("patientTimeZone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void keepsTheOffsetOfAnOffsetDateTimeWhenReading() throws Exception {
        SessionScheduledV1 read = EventJson.mapper()
                .readValue("{\"startsAt\":\"2026-10-25T02:30:00+02:00\"}", SessionScheduledV1.class);

        assertThat(read.startsAt().getOffset().getId()).isEqualTo("+02:00");
        assertThat(read.startsAt().getHour()).isEqualTo(2);
    }

    @Test
    void writesExactDecimalsAsPlainStrings() {
        ProgressBaseline baseline = new ProgressBaseline(ProgressBaselineKind.RETROSPECTIVE, null, null,
                new BigDecimal("3E+1"), new BigDecimal("14.6666"), null, null);

        JsonNode json = EventJson.mapper().valueToTree(baseline);

        assertThat(json.get("headacheDaysPer28").isTextual()).isTrue();
        assertThat(json.get("headacheDaysPer28").asText()).isEqualTo("30");
        assertThat(json.get("migraineDaysPer28").asText()).isEqualTo("14.6666");
    }

    @Test
    void readsExactDecimalsFromStringsAndFromNumbers() throws Exception {
        ProgressBaseline fromString = EventJson.mapper()
                .readValue("{\"headacheDaysPer28\":\"8.4\"}", ProgressBaseline.class);
        ProgressBaseline fromNumber = EventJson.mapper()
                .readValue("{\"headacheDaysPer28\":8.4}", ProgressBaseline.class);

        assertThat(fromString.headacheDaysPer28()).isEqualTo(new BigDecimal("8.4"));
        assertThat(fromNumber.headacheDaysPer28()).isEqualTo(new BigDecimal("8.4"));
    }

    @Test
    void leavesNullFieldsOut() {
        ProgressBaseline baseline = new ProgressBaseline(ProgressBaselineKind.RETROSPECTIVE, null, null,
                null, null, null, null);

        JsonNode json = EventJson.mapper().valueToTree(baseline);

        assertThat(json.size()).isEqualTo(1);
        assertThat(json.get("kind").asText()).isEqualTo("RETROSPECTIVE");
    }

    @Test
    void readsLocalDatesAsIsoDays() throws Exception {
        ProgressBaseline baseline = EventJson.mapper().readValue("{\"start\":\"2026-02-04\"}", ProgressBaseline.class);

        assertThat(baseline.start()).isEqualTo(LocalDate.of(2026, 2, 4));
    }
}
