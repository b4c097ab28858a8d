package care.unknot.plan.rest;

import care.unknot.kit.security.Roles;
import care.unknot.plan.domain.SessionRecord;
import care.unknot.plan.service.SessionQueries;
import care.unknot.plan.service.SessionRecording;
import care.unknot.plan.service.SessionScheduling;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sessions/{sessionId}")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class SessionChangeResource {

    private static final String NOT_FOUND = "No such session";
    private static final String FORBIDDEN = "Not a therapist or admin";
    private static final String UNAUTHORIZED = "No or invalid bearer token";

    private final SessionQueries queries;
    private final SessionScheduling scheduling;
    private final SessionRecording recording;

    public SessionChangeResource(SessionQueries queries, SessionScheduling scheduling, SessionRecording recording) {
        this.queries = queries;
        this.scheduling = scheduling;
        this.recording = recording;
    }

    @GET
    @Operation(summary = "Read a session, in the patient's time zone")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SessionResponse read(@PathParam("sessionId") UUID sessionId) {
        return SessionResponse.of(queries.read(sessionId));
    }

    @PUT
    @Path("/start")
    @Operation(summary = "Move a session to another local time (session.rescheduled)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "move", value = Examples.RESCHEDULE)))
    @APIResponse(responseCode = "200", description = "Moved; warnings name bent rules",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The therapist is booked then, or the session is not booked")
    @APIResponse(responseCode = "422", description = "Outside the therapist's availability")
    public SessionResponse reschedule(@PathParam("sessionId") UUID sessionId,
            @Valid @NotNull RescheduleRequest request) {
        SessionScheduling.Scheduled moved = scheduling.reschedule(sessionId, request.startsAt());
        return SessionResponse.of(moved.session(), moved.warnings());
    }

    @PUT
    @Path("/therapist")
    @Operation(summary = "Give a session to another therapist (e.g. one waiting for reassignment after a licence"
            + " expired)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reassign", value = Examples.REASSIGN)))
    @APIResponse(responseCode = "200", description = "Reassigned",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The therapist is booked then, or the session is not booked")
    @APIResponse(responseCode = "422", description = "No current licence or not available then")
    public SessionResponse reassign(@PathParam("sessionId") UUID sessionId,
            @Valid @NotNull AssignmentRequest request) {
        SessionScheduling.Scheduled moved = scheduling.reassign(sessionId, request.therapistId());
        return SessionResponse.of(moved.session(), moved.warnings());
    }

    @POST
    @Path("/cancellation")
    @Operation(summary = "Cancel a booked session (session.cancelled); its number is free again")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The session is not booked")
    public SessionResponse cancel(@PathParam("sessionId") UUID sessionId) {
        return SessionResponse.of(scheduling.cancel(sessionId));
    }

    @POST
    @Path("/missed")
    @Operation(summary = "Mark a session the patient did not attend; its number is free again")
    @APIResponse(responseCode = "200", description = "Marked missed",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not booked, or not started yet")
    public SessionResponse missed(@PathParam("sessionId") UUID sessionId) {
        return SessionResponse.of(scheduling.markMissed(sessionId));
    }

    @POST
    @Path("/record")
    @Operation(summary = "Record a session that took place (session.completed; a serious adverse reaction raises"
            + " adverse-event.reported at once)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "record", value = Examples.RECORD)))
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not booked, not started yet, or the plan is not in care")
    public SessionResponse record(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRecord request) {
        return SessionResponse.of(recording.record(sessionId, request));
    }
}
