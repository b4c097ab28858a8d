package care.unknot.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration for event payloads, used by producers (outbox) and consumers alike.
 *
 * <ul>
 *   <li>java.time as ISO-8601 strings ({@code "2026-03-02"}, {@code "2026-03-02T08:00:00Z"}), never numbers;
 *       offsets of {@code OffsetDateTime} values are kept as sent, not shifted to UTC.</li>
 *   <li>Unknown properties are ignored, so a consumer on an older contract accepts additive changes.</li>
 *   <li>Null fields are left out ({@code NON_NULL}); empty lists are written as {@code []}.</li>
 *   <li>Exact decimals ({@code BigDecimal}) are JSON strings in plain notation ({@code "30"}, {@code "12.5"}),
 *       see {@link EventDecimals}.</li>
 * </ul>
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("event-decimals").addSerializer(new PlainDecimalString()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it; {@code copy()} it if you must. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes every BigDecimal as a plain-notation JSON string. Jackson's own string shape uses
     * {@code toString()}, which gives {@code "3E+1"} for a stripped 30.
     */
    private static final class PlainDecimalString extends StdSerializer<BigDecimal> {

        PlainDecimalString() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toPlainString());
        }
    }
}
