package care.unknot.intake.rest;

import care.unknot.intake.domain.MedicalClearance;
import care.unknot.intake.service.ReviewService;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/intakes/{intakeId}/clearance")
@Tag(name = "Review and clearance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClearanceResource {

    private final ReviewService reviews;

    public ClearanceResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @POST
    @RolesAllowed(Roles.THERAPIST)
    @Operation(summary = "Record a physician's medical clearance for a NEEDS_MEDICAL_CLEARANCE intake (therapist)",
            description = "Allowed whenever the outcome in force is NEEDS_MEDICAL_CLEARANCE, also after an earlier "
                    + "clearance when a therapist overrode the intake back to it; earlier clearances stay in "
                    + "GET /api/v1/intakes/{intakeId}/clearances. The intake becomes ELIGIBLE (or "
                    + "ELIGIBLE_WITH_PRECAUTIONS); it is eligible for a plan once it is also reviewed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "clearance", value = Examples.CLEARANCE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; the intake's outcome becomes ELIGIBLE or ELIGIBLE_WITH_PRECAUTIONS",
            content = @Content(schema = @Schema(implementation = ClearanceResponse.class),
                    examples = @ExampleObject(name = "clearance", value = Examples.CLEARANCE_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist")
    @APIResponse(responseCode = "404", description = "No such intake")
    @APIResponse(responseCode = "409", description = "The outcome in force is not NEEDS_MEDICAL_CLEARANCE (e.g. "
            + "already cleared), or another clearance was recorded at the same moment")
    public Response recordClearance(@PathParam("intakeId") UUID intakeId, @Valid @NotNull ClearanceRequest request,
            @Context UriInfo uri) {
        MedicalClearance clearance = reviews.recordClearance(intakeId, request.clinicianName(), request.clearedOn(),
                request.scope(), request.restrictedRuleIds() == null ? List.of() : request.restrictedRuleIds(),
                request.documentReference());
        return Response.created(uri.getAbsolutePath()).entity(ClearanceResponse.of(clearance)).build();
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Read the medical clearance in force for an intake: the latest recorded (therapist, admin)")
    @APIResponse(responseCode = "200", description = "The clearance",
            content = @Content(schema = @Schema(implementation = ClearanceResponse.class),
                    examples = @ExampleObject(name = "clearance", value = Examples.CLEARANCE_RESPONSE)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such intake or no clearance recorded")
    public ClearanceResponse clearance(@PathParam("intakeId") UUID intakeId) {
        return reviews.clearanceOf(intakeId).map(ClearanceResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No clearance recorded for this intake."));
    }
}
