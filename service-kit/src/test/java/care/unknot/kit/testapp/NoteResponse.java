package care.unknot.kit.testapp;

import java.util.UUID;

public record NoteResponse(UUID id, String patientId, String title, long version) {
}
