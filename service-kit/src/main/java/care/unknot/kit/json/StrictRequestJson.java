package care.unknot.kit.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly, in every service, and each refusal is a 400 naming the field
 * (architecture.md: never silently accept bad input):
 * <ul>
 * <li>JSON types as they are: Jackson's defaults would truncate {@code 3.9} to the integer 3 (a peak NRS below the
 * moderate threshold) and read {@code "5"} or {@code 1} as a number or a boolean;</li>
 * <li>a key twice in one object ({@code "peakNrs":99,"peakNrs":3} would store the last one, unvalidated by the
 * client's eyes) and anything after the document are malformed JSON;</li>
 * <li>strings a store cannot hold (NUL, unpaired surrogates) are refused ({@link StorableStrings}).</li>
 * </ul>
 */
@Singleton
public class StrictRequestJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation") // configuring the CDI mapper before first use is what customizers are for
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("unknot-storable-strings")
                .addDeserializer(String.class, StorableStrings.INSTANCE));
    }
}
