package care.unknot.kit.rest.idempotency;

/** The first response to a keyed POST, as replayed: status, {@code Location}, content type and body text. */
public record StoredResponse(int status, String location, String contentType, String body) {
}
