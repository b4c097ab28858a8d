package care.unknot.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenSampleRoundTripTest {

    static Stream<String> catalogTypes() {
        return EventCatalog.entries().stream().map(CatalogEntry::type);
    }

    @Test
    void everyCatalogTypeHasAGoldenSample() {
        List<String> missing = catalogTypes().filter(type -> !GoldenSamples.exists(type)).toList();

        assertThat(missing).as("catalog types without samples/<ce_type>.json").isEmpty();
    }

    @Test
    void everyGoldenSampleIsNamedAfterACatalogType() {
        List<String> strays = GoldenSamples.sampleTypes().stream().filter(type -> !EventCatalog.isKnown(type)).toList();

        assertThat(strays).as("sample files whose name is no catalog type").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogTypes")
    void sampleRoundTripsThroughItsRecordUnchanged(String type) throws Exception {
        JsonNode sample = GoldenSamples.tree(type);

        Object payload = EventJson.mapper().treeToValue(sample, EventCatalog.recordFor(type));
        JsonNode written = EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(payload));

        assertThat(written).as("%s written back", type).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogTypes")
    void sampleFillsEveryComponentOfItsRecord(String type) throws Exception {
        Object payload = EventJson.mapper().treeToValue(GoldenSamples.tree(type), EventCatalog.recordFor(type));

        assertThat(nullComponents(payload, type)).as("components the sample leaves out").isEmpty();
    }

    private static List<String> nullComponents(Object value, String path) throws Exception {
        if (value == null || !value.getClass().isRecord()) {
            return List.of();
        }
        Stream.Builder<String> nulls = Stream.builder();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object held = component.getAccessor().invoke(value);
            String where = path + "." + component.getName();
            if (held == null) {
                nulls.add(where);
            }
            nullComponents(held, where).forEach(nulls::add);
        }
        return nulls.build().toList();
    }
}
