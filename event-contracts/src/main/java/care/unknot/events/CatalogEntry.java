package care.unknot.events;

/**
 * One event type of the catalog: its {@code ce_type}, payload record, topic and producing {@code ce_source}.
 */
public record CatalogEntry(String type, Class<? extends EventPayload> recordClass, String topic, String source) {
}
