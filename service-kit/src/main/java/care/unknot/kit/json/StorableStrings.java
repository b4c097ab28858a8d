package care.unknot.kit.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Reads every JSON string of a request body (fields, list items) and refuses one that a store cannot hold: a NUL
 * character (PostgreSQL rejects it, and its error would quote the text) or a lone UTF-16 surrogate (written as
 * {@code ?} by the UTF-8 encoders of the JDBC and MongoDB drivers, so the stored text would silently differ).
 * The failure is an {@link UnstorableString}: a 400 naming the field, without the value.
 */
public final class StorableStrings extends StringDeserializer {

    static final StorableStrings INSTANCE = new StorableStrings();

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && !storable(value)) {
            throw new UnstorableString(parser);
        }
        return value;
    }

    /** False for text with a NUL or an unpaired surrogate. */
    static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A request string no store can hold; carries no part of the value. */
    public static final class UnstorableString extends InvalidFormatException {

        public static final String MESSAGE = "must not contain NUL characters or unpaired surrogates";

        UnstorableString(JsonParser parser) {
            super(parser, MESSAGE, null, String.class);
        }
    }
}
