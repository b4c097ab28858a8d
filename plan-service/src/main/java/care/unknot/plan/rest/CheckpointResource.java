package care.unknot.plan.rest;

import care.unknot.kit.security.Roles;
import care.unknot.plan.service.CheckpointDecisions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/checkpoints")
@Tag(name = "Checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class CheckpointResource {

    private final CheckpointDecisions decisions;

    public CheckpointResource(CheckpointDecisions decisions) {
        this.decisions = decisions;
    }

    @GET
    @Operation(summary = "The plan's checkpoints (at most 3: session 4, the program's end, the extension's end)"
            + " with their proposals, what a revision changed, and the decisions")
    @APIResponse(responseCode = "200", description = "Checkpoints in session order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CheckpointResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<CheckpointResponse> list(@PathParam("planId") UUID planId) {
        return decisions.ofPlan(planId).stream().map(CheckpointResponse::of).toList();
    }

    @POST
    @Path("/{checkpointId}/decision")
    @Operation(summary = "Confirm the proposal, or override it with a reason; TAPER, EXTEND and an end-of-program"
            + " RE_EVALUATE change the plan's phase and schedule (plan.phase-changed)")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "confirm", value = Examples.CONFIRM),
        @ExampleObject(name = "override", value = Examples.OVERRIDE)}))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = CheckpointResponse.class)))
    @APIResponse(responseCode = "400", description = "Override without reason, or a decision not allowed here")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan or checkpoint")
    @APIResponse(responseCode = "409", description = "Re-proposed meanwhile (another revision), already decided,"
            + " already extended, or the plan is not in care")
    public CheckpointResponse decide(@PathParam("planId") UUID planId, @PathParam("checkpointId") UUID checkpointId,
            @Valid @NotNull DecisionRequest request) {
        return CheckpointResponse.of(decisions.decide(planId, checkpointId, request.revision(), request.decision(),
                request.reason()));
    }
}
