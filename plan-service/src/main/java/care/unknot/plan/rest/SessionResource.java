package care.unknot.plan.rest;

import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import care.unknot.plan.domain.Session;
import care.unknot.plan.service.SessionQueries;
import care.unknot.plan.service.SessionScheduling;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/sessions")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class SessionResource {

    private final SessionScheduling scheduling;
    private final SessionQueries queries;

    public SessionResource(SessionScheduling scheduling, SessionQueries queries) {
        this.scheduling = scheduling;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Book the program's next session at the patient's local time (session.scheduled)",
            description = "The next free session number of the program is taken. A therapist already booked at an"
                    + " overlapping time is 409, also for two requests at once; a time outside the therapist's"
                    + " availability or in their time off is 422; a session closer than 2 days to another one of the"
                    + " plan is booked with a SPACING warning.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "session", value = Examples.SCHEDULE)))
    @APIResponse(responseCode = "201", description = "Booked; Location names the session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The therapist is booked then, every session is booked, the plan"
            + " is not active, or the patient's time zone is not known yet")
    @APIResponse(responseCode = "422", description = "Outside the therapist's availability, or no such therapist")
    public Response schedule(@PathParam("planId") UUID planId, @Valid @NotNull ScheduleRequest request,
            @Context UriInfo uri) {
        SessionScheduling.Scheduled booked = scheduling.schedule(planId, request.therapistId(), request.startsAt(),
                request.durationMinutes());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sessions")
                        .path(booked.session().id().toString()).build())
                .entity(SessionResponse.of(booked.session(), booked.warnings())).build();
    }

    @GET
    @Operation(summary = "List the plan's sessions (every status), cursor-paged")
    @APIResponse(responseCode = "200", description = "A page of sessions",
            content = @Content(schema = @Schema(implementation = Paging.SessionPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Page<SessionResponse> list(@PathParam("planId") UUID planId,
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("after") String after) {
        return Page.of(queries.page(planId, Cursor.afterId(after), limit + 1), limit,
                (Session s) -> Cursor.ofId(s.id())).map(SessionResponse::of);
    }
}
