package care.unknot.kit.testapp;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.outbox.mongo.MongoOutbox;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;

/** A document and its event in one single-document write, as diary-service writes them. */
@Path("/api/v1/mongo-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "unknot.store", stringValue = "mongodb")
public class MongoNoteResource {

    public static final String COLLECTION = "mongo_notes";

    @Inject
    MongoClient client;
    @Inject
    MongoOutbox outbox;
    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.PATIENT)
    public Response create(@Valid @NotNull NoteRequest request) {
        UUID id = UUID.randomUUID();
        String patientId = user.subject();
        Document event = outbox.pending("Note", patientId, "note.created", Map.of("noteId", id.toString()));
        collection().insertOne(MongoOutbox.withEvents(new Document("_id", id.toString())
                .append("patientId", patientId).append("title", request.title()), List.of(event)));
        outbox.nudge();
        return Response.created(URI.create("/api/v1/mongo-notes/" + id))
                .entity(Map.of("id", id.toString(), "eventId", event.getString("id"))).build();
    }

    public MongoCollection<Document> collection() {
        return client.getDatabase("kit").getCollection(COLLECTION);
    }
}
