package care.unknot.intake.rest;

import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.ReviewDecision;
import care.unknot.intake.service.IntakeService;
import care.unknot.intake.service.ReviewService;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/intakes/{intakeId}")
@Tag(name = "Intakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private final IntakeService intakes;
    private final ReviewService reviews;

    public IntakeResource(IntakeService intakes, ReviewService reviews) {
        this.intakes = intakes;
        this.reviews = reviews;
    }

    @GET
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Read an intake with its screening (the patient itself, therapist, admin)")
    @APIResponse(responseCode = "200", description = "The intake; ETag carries the version for If-Match",
            content = @Content(schema = @Schema(implementation = IntakeResponse.class),
                    examples = @ExampleObject(name = "intake", value = Examples.INTAKE_RESPONSE)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "404", description = "No such intake, or not the caller's")
    public Response read(@PathParam("intakeId") UUID intakeId) {
        Intake intake = intakes.read(intakeId);
        return Response.ok(IntakeResponse.of(intake)).header("ETag", ETags.of(intake.version())).build();
    }

    @POST
    @Path("/review")
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Review a screened intake: accept its outcome, or override it with a written reason "
            + "(therapist; audited; requires If-Match)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "accept", value = Examples.REVIEW_ACCEPT),
            @ExampleObject(name = "override", value = Examples.REVIEW_OVERRIDE)}))
    @APIResponse(responseCode = "200", description = "Reviewed; the intake with its new ETag",
            content = @Content(schema = @Schema(implementation = IntakeResponse.class),
                    examples = @ExampleObject(name = "intake", value = Examples.INTAKE_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Override without outcome or reason")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist")
    @APIResponse(responseCode = "404", description = "No such intake")
    @APIResponse(responseCode = "412", description = "The intake changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response review(@PathParam("intakeId") UUID intakeId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        if (request.decision() == ReviewDecision.OVERRIDE) {
            if (request.outcome() == null) {
                throw ProblemException.field(400, "outcome", "is required to override the screening outcome");
            }
            if (request.reason() == null || request.reason().isBlank()) {
                throw ProblemException.field(400, "reason", "is required to override the screening outcome");
            }
        }
        Intake intake = reviews.review(intakeId, request.decision(), request.outcome(), request.reason(), ifMatch);
        return Response.ok(IntakeResponse.of(intake)).header("ETag", ETags.of(intake.version())).build();
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The review audit trail of an intake: who, when, before/after and why (therapist, admin)")
    @APIResponse(responseCode = "200", description = "Reviews, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewResponse.class),
                    examples = @ExampleObject(name = "reviews", value = Examples.REVIEWS)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such intake")
    public List<ReviewResponse> reviews(@PathParam("intakeId") UUID intakeId) {
        return reviews.reviewsOf(intakeId).stream().map(ReviewResponse::of).toList();
    }

    @GET
    @Path("/clearances")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Every medical clearance recorded for an intake, oldest first (therapist, admin)",
            description = "An intake overridden back to NEEDS_MEDICAL_CLEARANCE after a clearance takes a new one; "
                    + "the earlier ones stay here. The last (highest clearanceNo) is the one in force, also served at "
                    + "GET /api/v1/intakes/{intakeId}/clearance.")
    @APIResponse(responseCode = "200", description = "Clearances, oldest first (empty when none was recorded)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClearanceResponse.class),
                    examples = @ExampleObject(name = "clearances",
                    value = "[" + Examples.CLEARANCE_RESPONSE + "]")))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such intake")
    public List<ClearanceResponse> clearances(@PathParam("intakeId") UUID intakeId) {
        return reviews.clearancesOf(intakeId).stream().map(ClearanceResponse::of).toList();
    }
}
