package care.unknot.events;

/**
 * How Unknot events travel on Kafka: CloudEvents 1.0 in binary content mode.
 *
 * <p>The services do not set these headers by hand: SmallRye Reactive Messaging's built-in CloudEvents
 * support writes and reads them ({@code OutgoingCloudEventMetadata} on the way out, the service-kit's outbox relay;
 * {@code IncomingKafkaCloudEventMetadata} on the way in, {@code care.unknot.kit.consume.IncomingEvent}). The
 * constants document the wire format and serve tests and the AsyncAPI document.
 *
 * <ul>
 *   <li>{@code ce_specversion} {@value #SPEC_VERSION}; binary mode: the Kafka record value is the JSON payload
 *       (one of the {@code *V1} records, written with {@link EventJson#mapper()}), the attributes are headers.</li>
 *   <li>{@code ce_id}: the outbox row id (a UUID), unique per event; consumers de-duplicate on it.</li>
 *   <li>{@code ce_type}: one of {@link EventTypes}; {@code ce_source}: one of {@link Sources}.</li>
 *   <li>{@code ce_subject} and the Kafka record key: the patient id, so one patient's events stay in order.
 *       Events about no patient ({@code webhook.endpoint-disabled}) use the partner id instead.</li>
 *   <li>{@code ce_time}: when the fact happened (the outbox row's timestamp), RFC 3339 / ISO-8601 in UTC.</li>
 *   <li>{@code content-type}: {@value #CONTENT_TYPE}.</li>
 * </ul>
 *
 * <p>Evolution: payload changes are additive (new optional fields; consumers ignore unknown properties). Removing
 * or renaming a field, changing its meaning or type, or adding an enum constant an older consumer would reject is a
 * breaking change and gets a new type and record ({@code ...V2}).
 */
public final class CloudEventsConventions {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_MODE = "binary";
    public static final String CONTENT_TYPE = "application/json";

    public static final String HEADER_PREFIX = "ce_";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_CONTENT_TYPE = "content-type";

    /** What the Kafka record key holds. */
    public static final String KEY = "patient id (ce_subject)";

    private CloudEventsConventions() {
    }
}
