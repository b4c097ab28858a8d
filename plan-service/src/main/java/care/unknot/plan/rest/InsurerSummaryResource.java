package care.unknot.plan.rest;

import care.unknot.kit.security.Roles;
import care.unknot.plan.service.InsurerSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/insurer-summary")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class InsurerSummaryResource {

    private final InsurerSummary summaries;

    public InsurerSummaryResource(InsurerSummary summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "The plan summary for insurers: visits delivered with procedure codes (CPT) and the diagnosis"
            + " codes (ICD-10-CM) the therapist chose")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = InsurerSummaryResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    public InsurerSummaryResponse read(@PathParam("planId") UUID planId) {
        return InsurerSummaryResponse.of(summaries.of(planId));
    }
}
