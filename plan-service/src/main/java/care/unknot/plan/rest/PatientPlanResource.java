package care.unknot.plan.rest;

import care.unknot.kit.security.Roles;
import care.unknot.plan.service.PatientPlanView;
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

@Path("/api/v1/patients/{patientId}/plan")
@Tag(name = "Patient")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PATIENT)
public class PatientPlanResource {

    private final PatientPlanView view;

    public PatientPlanResource(PatientPlanView view) {
        this.view = view;
    }

    @GET
    @Operation(summary = "The patient's own plan in plain words: upcoming sessions in the patient's time zone, the home"
            + " program, what to do if symptoms worsen (the patient itself only)")
    @APIResponse(responseCode = "200", description = "The active (or last) plan",
            content = @Content(schema = @Schema(implementation = PatientPlanResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a patient")
    @APIResponse(responseCode = "404", description = "Not the caller's own id, or no activated plan yet")
    public PatientPlanResponse read(@PathParam("patientId") UUID patientId) {
        return PatientPlanResponse.of(view.of(patientId));
    }
}
