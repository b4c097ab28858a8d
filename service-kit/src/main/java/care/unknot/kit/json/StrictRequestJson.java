package care.unknot.kit.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies take JSON types as they are, in every service: Jackson's defaults would truncate {@code 3.9} to the
 * integer 3 (a peak NRS below the moderate threshold) and read {@code "5"} or {@code 1} as a number or a boolean. Each
 * is a wrong JSON type and becomes a 400 naming the field (architecture.md: never silently accept bad input).
 */
@Singleton
public class StrictRequestJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation") // configuring the CDI mapper before first use is what customizers are for
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    }
}
