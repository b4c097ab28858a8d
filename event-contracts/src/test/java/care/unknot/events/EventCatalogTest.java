package care.unknot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.plan.SessionCompletedV1;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogTest {

    private static final Map<String, String> PACKAGE_OF_TOPIC = Map.of(
            Topics.INTAKE, "care.unknot.events.intake",
            Topics.PLAN, "care.unknot.events.plan",
            Topics.DIARY, "care.unknot.events.diary",
            Topics.NOTIFICATION, "care.unknot.events.notification");

    static Stream<CatalogEntry> entries() {
        return EventCatalog.entries().stream();
    }

    @Test
    void catalogHoldsExactlyTheEventTypesConstants() throws Exception {
        List<String> constants = Stream.of(EventTypes.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(EventCatalogTest::valueOf)
                .toList();

        assertThat(EventCatalog.entries()).extracting(CatalogEntry::type).containsExactlyInAnyOrderElementsOf(constants);
        assertThat(constants).hasSize(28);
    }

    @Test
    void eachServicePublishesItsShareOfTheArchitectureCatalog() {
        Map<String, Long> perTopic = EventCatalog.entries().stream()
                .collect(Collectors.groupingBy(CatalogEntry::topic, Collectors.counting()));

        assertThat(perTopic).containsOnly(
                Map.entry(Topics.INTAKE, 8L), Map.entry(Topics.PLAN, 11L),
                Map.entry(Topics.DIARY, 5L), Map.entry(Topics.NOTIFICATION, 4L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void recordIsNamedAfterItsTypeWithVersionOne(CatalogEntry entry) {
        String expected = Stream.of(entry.type().split("[.-]"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining()) + "V1";

        assertThat(entry.recordClass().getSimpleName()).isEqualTo(expected);
        assertThat(entry.recordClass().isRecord()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void recordLivesInThePackageOfItsProducerAndSourceMatchesTopic(CatalogEntry entry) {
        assertThat(entry.recordClass().getPackageName()).isEqualTo(PACKAGE_OF_TOPIC.get(entry.topic()));
        String service = entry.topic().substring(0, entry.topic().indexOf('.'));
        assertThat(entry.source()).isEqualTo("/" + service + "-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void lookupsWorkBothWays(CatalogEntry entry) {
        assertThat(EventCatalog.recordFor(entry.type())).isEqualTo(entry.recordClass());
        assertThat(EventCatalog.typeOf(entry.recordClass())).isEqualTo(entry.type());
        assertThat(EventCatalog.topicFor(entry.type())).isEqualTo(entry.topic());
        assertThat(EventCatalog.sourceFor(entry.type())).isEqualTo(entry.source());
        assertThat(EventCatalog.typesOn(entry.topic())).contains(entry.type());
    }

    @Test
    void findsTheTypeOfAPayloadInstanceForProducers() {
        SessionCompletedV1 completed = new SessionCompletedV1(null, null, null, null, 4, null, null, 8);

        assertThat(EventCatalog.typeOf(completed)).isEqualTo("session.completed");
        assertThat(EventCatalog.recordFor("intake.screened")).isEqualTo(IntakeScreenedV1.class);
    }

    @Test
    void anUnknownTypeIsEmptyForConsumersAndAnErrorForStrictLookups() {
        assertThat(EventCatalog.find("intake.screened.v2")).isEmpty();
        assertThat(EventCatalog.isKnown("intake.screened.v2")).isFalse();
        assertThatThrownBy(() -> EventCatalog.recordFor("intake.screened.v2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intake.screened.v2");
    }

    @Test
    void typesOnATopicWithoutEventsIsEmpty() {
        assertThat(EventCatalog.typesOn(Topics.DIARY_DLQ)).isEmpty();
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
