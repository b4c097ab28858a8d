package care.unknot.plan.rest;

import care.unknot.kit.rest.ETags;
import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class PlanResource {

    private final PlanService plans;

    public PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List plans, optionally of one patient, cursor-paged (therapist, admin)")
    @APIResponse(responseCode = "200", description = "A page of plans",
            content = @Content(schema = @Schema(implementation = Paging.PlanPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or patientId")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    public Page<PlanResponse> list(@QueryParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("after") String after) {
        return Page.of(plans.page(patientId, Cursor.afterId(after), limit + 1), limit, (Plan p) -> Cursor.ofId(p.id()))
                .map(PlanResponse::of);
    }

    @GET
    @Path("/{planId}")
    @Operation(summary = "Read a plan: its state, the draft with the reason of every choice, the adjustments")
    @APIResponse(responseCode = "200", description = "The plan; ETag carries the version for If-Match",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response read(@PathParam("planId") UUID planId) {
        Plan plan = plans.read(planId);
        return Response.ok(PlanResponse.of(plan)).header("ETag", ETags.of(plan.version())).build();
    }

    @PATCH
    @Path("/{planId}")
    @Operation(summary = "Adjust a plan with a reason (requires If-Match): care mode, session length and areas of a"
            + " draft; diagnosis codes until the plan ends")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "adjustment", value = Examples.ADJUSTMENT)))
    @APIResponse(responseCode = "200", description = "Adjusted; the plan with its new ETag",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not a draft any more (care mode, length, areas) or ended")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response adjust(@PathParam("planId") UUID planId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanAdjustmentRequest request) {
        Plan plan = plans.adjust(planId, ifMatch, request.toAdjustment());
        return Response.ok(PlanResponse.of(plan)).header("ETag", ETags.of(plan.version())).build();
    }
}
