package care.unknot.kit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.unknot.events.EventJson;

/** Event payloads to and from JSON with the one shared configuration, {@link EventJson#mapper()}. */
public final class PayloadJson {

    private PayloadJson() {
    }

    public static ObjectMapper mapper() {
        return EventJson.mapper();
    }

    /** The payload as JSON text; a String is taken as JSON already. */
    public static String write(Object payload) {
        if (payload instanceof String json) {
            return json;
        }
        try {
            return mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            // Jackson's message could quote payload values: name the type only
            throw new IllegalArgumentException("payload of type " + payload.getClass().getSimpleName()
                    + " cannot be written as JSON");
        }
    }

    /** @throws IllegalArgumentException naming the type and position only, never the content */
    public static <T> T read(String json, Class<T> type) {
        try {
            return mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not a valid " + type.getSimpleName() + " (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
    }
}
