package care.unknot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.unknot.events.intake.IntakeScreenedV1;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Additive changes stay compatible, and absent values read as null (scalars) or empty (lists), never as 0. */
class PayloadCompatibilityTest {

    static Stream<String> catalogTypes() {
        return EventCatalog.entries().stream().map(CatalogEntry::type);
    }

    static Stream<Class<?>> records() {
        return PayloadRecords.reachableRecords().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordHasNoPrimitiveComponentsSoAbsentValuesStayAbsent(Class<?> record) {
        List<String> primitives = Stream.of(record.getRecordComponents())
                .filter(component -> component.getType().isPrimitive())
                .map(RecordComponent::getName)
                .toList();

        assertThat(primitives).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void emptyJsonReadsAsNullScalarsAndEmptyLists(Class<?> record) throws Exception {
        Object payload = EventJson.mapper().readValue("{}", record);

        for (RecordComponent component : record.getRecordComponents()) {
            Object held = component.getAccessor().invoke(payload);
            if (List.class.isAssignableFrom(component.getType())) {
                assertThat((List<?>) held).as(component.getName()).isEmpty();
            } else {
                assertThat(held).as(component.getName()).isNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void absentScalarsAreLeftOutWhenWritten(Class<?> record) throws Exception {
        Object payload = EventJson.mapper().readValue("{}", record);

        JsonNode written = EventJson.mapper().valueToTree(payload);

        List<String> expected = Stream.of(record.getRecordComponents())
                .filter(component -> List.class.isAssignableFrom(component.getType()))
                .map(RecordComponent::getName)
                .sorted()
                .toList();
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogTypes")
    void unknownPropertiesFromANewerProducerAreIgnored(String type) throws Exception {
        JsonNode sample = GoldenSamples.tree(type);
        ObjectNode newer = sample.deepCopy();
        newer.put("addedInALaterVersion", "ignored");
        newer.putObject("anotherAddition").put("nested", 1);
        newer.fields().forEachRemaining(field -> {
            if (field.getValue().isObject()) {
                ((ObjectNode) field.getValue()).put("addedInALaterVersion", true);
            }
        });

        Object fromNewer = EventJson.mapper().treeToValue(newer, EventCatalog.recordFor(type));

        assertThat(fromNewer).isEqualTo(EventJson.mapper().treeToValue(sample, EventCatalog.recordFor(type)));
    }

    @Test
    void listsInPayloadsCannotBeModified() throws Exception {
        IntakeScreenedV1 screened = EventJson.mapper()
                .treeToValue(GoldenSamples.tree(EventTypes.INTAKE_SCREENED), IntakeScreenedV1.class);

        assertThatThrownBy(() -> screened.firedRules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEnumValueThisContractDoesNotKnowIsRejectedNotGuessed() {
        ObjectNode screened = GoldenSamples.tree(EventTypes.INTAKE_SCREENED).deepCopy();
        screened.put("outcome", "SOMETHING_NEW");

        assertThatThrownBy(() -> EventJson.mapper().treeToValue(screened, IntakeScreenedV1.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
