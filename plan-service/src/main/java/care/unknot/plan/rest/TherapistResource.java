package care.unknot.plan.rest;

import care.unknot.kit.problem.Problem;
import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import care.unknot.plan.domain.therapist.Therapist;
import care.unknot.plan.domain.therapist.TimeOff;
import care.unknot.plan.service.TherapistService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/therapists")
@Tag(name = "Therapists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TherapistResource {

    private final TherapistService therapists;
    private final Clock clock;

    public TherapistResource(TherapistService therapists, Clock clock) {
        this.therapists = therapists;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a therapist to the roster (admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "therapist",
            value = TherapistExamples.THERAPIST_REQUEST)))
    @APIResponse(responseCode = "201", description = "Added; Location names the therapist, ETag its version",
            content = @Content(schema = @Schema(implementation = TherapistResponse.class),
                    examples = @ExampleObject(name = "therapist", value = TherapistExamples.THERAPIST_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = TherapistExamples.PROBLEM_VALIDATION)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Another therapist has this subject")
    public Response create(@Valid @NotNull TherapistRequest request, @Context UriInfo uri) {
        Therapist therapist = therapists.create(request.subject().strip(), request.toProfile());
        return Response.created(uri.getAbsolutePathBuilder().path(therapist.id().toString()).build())
                .header("ETag", ETags.of(therapist.version())).entity(view(therapist)).build();
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The roster, cursor-paged by id (therapist, admin)")
    @APIResponse(responseCode = "200", description = "A page of therapists; pass next as after for the following page",
            content = @Content(schema = @Schema(implementation = TherapistPage.class),
                    examples = @ExampleObject(name = "page", value = TherapistExamples.THERAPIST_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    public Page<TherapistResponse> list(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("after") String after) {
        Page<Therapist> page = Page.of(therapists.page(Cursor.afterId(after), limit + 1), limit,
                (Therapist t) -> Cursor.ofId(t.id()));
        Map<UUID, List<TimeOff>> timeOff = therapists.timeOffOf(
                page.items().stream().map(Therapist::id).toList());
        return page.map(t -> TherapistResponse.of(t, timeOff.getOrDefault(t.id(), List.of()), today(t)));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "The caller's own roster entry (therapist)")
    @APIResponse(responseCode = "200", description = "The therapist whose subject is the caller's; ETag its version",
            content = @Content(schema = @Schema(implementation = TherapistResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a therapist")
    @APIResponse(responseCode = "404", description = "No therapist has the caller's subject")
    public Response mine() {
        return withETag(therapists.mine());
    }

    @GET
    @Path("/{therapistId}")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "A therapist (therapist, admin)")
    @APIResponse(responseCode = "200", description = "The therapist; ETag carries the version for If-Match",
            content = @Content(schema = @Schema(implementation = TherapistResponse.class),
                    examples = @ExampleObject(name = "therapist", value = TherapistExamples.THERAPIST_RESPONSE)))
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such therapist")
    public Response read(@PathParam("therapistId") UUID therapistId) {
        return withETag(therapists.read(therapistId));
    }

    @PUT
    @Path("/{therapistId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update a therapist's profile and licence (admin); requires If-Match")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "therapist",
            value = TherapistExamples.THERAPIST_REQUEST)))
    @APIResponse(responseCode = "200", description = "Updated; ETag the new version",
            content = @Content(schema = @Schema(implementation = TherapistResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such therapist")
    @APIResponse(responseCode = "409", description = "Another therapist has this subject")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("therapistId") UUID therapistId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull TherapistRequest request) {
        return withETag(therapists.update(therapistId, request.subject().strip(), request.toProfile(), ifMatch));
    }

    @PUT
    @Path("/{therapistId}/availability")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Replace weekly availability and time off (the therapist itself, admin); requires If-Match",
            description = "Weekly periods are local times in the therapist's time zone. Time off that has already "
                    + "ended is history and stays; the rest is replaced by the request's.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "availability",
            value = TherapistExamples.AVAILABILITY_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag the new version",
            content = @Content(schema = @Schema(implementation = TherapistResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "403", description = "Another therapist's availability")
    @APIResponse(responseCode = "404", description = "No such therapist")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceAvailability(@PathParam("therapistId") UUID therapistId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid @NotNull AvailabilityRequest request) {
        return withETag(therapists.replaceAvailability(therapistId, request.weeklySlots(), request.timeOffPeriods(),
                ifMatch));
    }

    private Response withETag(Therapist therapist) {
        return Response.ok(view(therapist)).header("ETag", ETags.of(therapist.version())).build();
    }

    private TherapistResponse view(Therapist therapist) {
        return TherapistResponse.of(therapist,
                therapists.timeOffOf(List.of(therapist.id())).getOrDefault(therapist.id(), List.of()), today(therapist));
    }

    private LocalDate today(Therapist therapist) {
        return LocalDate.now(clock.withZone(therapist.zone()));
    }
}
