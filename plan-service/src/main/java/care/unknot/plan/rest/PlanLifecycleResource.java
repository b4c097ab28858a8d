package care.unknot.plan.rest;

import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.Roles;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.service.PlanLifecycle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/plans/{planId}")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class PlanLifecycleResource {

    private final PlanLifecycle lifecycle;

    public PlanLifecycleResource(PlanLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PUT
    @Path("/therapist")
    @Operation(summary = "Assign the plan's therapist (only one with a current licence)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "assignment", value = Examples.ASSIGNMENT)))
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(
            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan has ended")
    @APIResponse(responseCode = "422", description = "Unknown therapist or no current licence")
    public Response assign(@PathParam("planId") UUID planId, @Valid @NotNull AssignmentRequest request) {
        return ok(lifecycle.assign(planId, request.therapistId()));
    }

    @POST
    @Path("/activation")
    @Operation(summary = "Activate a draft: plan.activated, and home-program.assigned from the patient's local today")
    @APIResponse(responseCode = "200", description = "Active", content = @Content(
            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not a draft, no therapist assigned, or the patient's time zone"
            + " is not known yet")
    @APIResponse(responseCode = "422", description = "The therapist's licence is no longer current")
    public Response activate(@PathParam("planId") UUID planId) {
        return ok(lifecycle.activate(planId));
    }

    @POST
    @Path("/closure")
    @Operation(summary = "Close a plan with a reason (referred to a physician, withdrawn): plan.completed")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "closure", value = Examples.CLOSURE)))
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(
            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan has already ended")
    public Response close(@PathParam("planId") UUID planId, @Valid @NotNull ClosureRequest request) {
        return ok(lifecycle.close(planId, request.reason(), request.note()));
    }

    @POST
    @Path("/discharge")
    @Operation(summary = "Discharge the patient with the home program: plan.phase-changed and plan.completed")
    @APIResponse(responseCode = "200", description = "Discharged", content = @Content(
            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan is not in care")
    public Response discharge(@PathParam("planId") UUID planId) {
        return ok(lifecycle.discharge(planId));
    }

    private static Response ok(Plan plan) {
        return Response.ok(PlanResponse.of(plan)).header("ETag", ETags.of(plan.version())).build();
    }
}
