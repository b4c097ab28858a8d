package care.unknot.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;

/** Operations on outbox rows the relay parked (every JDBC service serves it; admins only). */
@Path("/api/v1/admin/outbox/parked")
@Tag(name = "Outbox administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class OutboxAdminResource {

    static final String PARKED_PAGE = """
            {"items": [{"id": "0b7c8f5e-3f0a-4c55-9a43-8f0e2a1d6c11", "aggregateType": "patient",
              "aggregateId": "5f0c2f4e-8a51-4d0e-b1a6-0a4cf1e0d9b2", "type": "patient.updated", "attempts": 10,
              "lastError": "RecordTooLargeException: The message is 1300000 bytes when serialized which is larger than 1048576",
              "parkedAt": "2026-12-03T10:15:30Z"}], "next": null}""";

    /** A parked row as listed: never its payload. */
    public record ParkedEventResponse(UUID id, String aggregateType, String aggregateId, String type, int attempts,
            String lastError, Instant parkedAt) {
    }

    private final ParkedEvents parked;

    public OutboxAdminResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @Operation(operationId = "listParkedOutboxEvents", summary = "List outbox events parked after their last "
            + "attempt (each holds back its key's later events)")
    @APIResponse(responseCode = "200", description = "Parked events in outbox order, without payloads",
            content = @Content(examples = @ExampleObject(name = "parked", value = PARKED_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Page<ParkedEventResponse> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("after") String after) {
        long afterSeq = 0;
        if (after != null) {
            try {
                afterSeq = Long.parseLong(Cursor.decode(after, 1).get(0));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
        return Page.of(parked.list(afterSeq, limit + 1), limit, p -> Cursor.encode(Long.toString(p.seq())))
                .map(p -> new ParkedEventResponse(p.id(), p.aggregateType(), p.aggregateId(), p.type(), p.attempts(),
                        p.lastError(), p.parkedAt()));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryParkedOutboxEvent", summary = "Make a parked event due again, with its attempts "
            + "reset (after the cause was fixed)")
    @APIResponse(responseCode = "204", description = "The relay will publish it, then its key's later events")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No parked event with this id")
    public void retry(@PathParam("id") UUID id) {
        if (!parked.retry(id)) {
            throw ProblemException.notFound("No parked outbox event with this id.");
        }
    }

    @POST
    @Path("/{id}/skip")
    @Operation(operationId = "skipParkedOutboxEvent", summary = "Give up a parked event: it is marked sent without "
            + "being published, and its key's later events go on")
    @APIResponse(responseCode = "204", description = "Skipped; consumers will never see this event")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No parked event with this id")
    public void skip(@PathParam("id") UUID id) {
        if (!parked.skip(id)) {
            throw ProblemException.notFound("No parked outbox event with this id.");
        }
    }
}
