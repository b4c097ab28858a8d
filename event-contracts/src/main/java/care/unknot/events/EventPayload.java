package care.unknot.events;

/**
 * Marker for every versioned event payload record. A payload is the Kafka record value; the envelope
 * (id, type, source, subject, time) travels as CloudEvents headers, see {@link CloudEventsConventions}.
 */
public interface EventPayload {
}
