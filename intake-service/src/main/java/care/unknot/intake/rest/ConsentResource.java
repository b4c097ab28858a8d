package care.unknot.intake.rest;

import care.unknot.intake.service.PatientService;
import care.unknot.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/consents")
@Tag(name = "Sharing consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final PatientService patients;

    public ConsentResource(PatientService patients) {
        this.patients = patients;
    }

    @POST
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Consent to share status with a named partner (the patient itself)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "consent", value = Examples.CONSENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Consent granted; Location names it",
            content = @Content(schema = @Schema(implementation = ConsentResponse.class),
                    examples = @ExampleObject(name = "consent", value = Examples.CONSENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid partner id")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a patient")
    @APIResponse(responseCode = "404", description = "Not the caller's own patient id")
    public Response grant(@PathParam("patientId") UUID patientId, @Valid @NotNull ConsentRequest request,
            @Context UriInfo uri) {
        var consent = patients.grantConsent(patientId, request.partnerId());
        return Response.created(uri.getAbsolutePathBuilder().path(consent.partnerId()).build())
                .entity(ConsentResponse.of(consent)).build();
    }

    @DELETE
    @Path("/{partnerId}")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Revoke a consent to share (the patient itself)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a patient")
    @APIResponse(responseCode = "404", description = "No active consent for that partner, or not the caller's id")
    public void revoke(@PathParam("patientId") UUID patientId, @PathParam("partnerId") String partnerId) {
        patients.revokeConsent(patientId, partnerId);
    }

    @GET
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "List the patient's sharing consents, revoked ones included")
    @APIResponse(responseCode = "200", description = "The consents",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ConsentResponse.class),
                    examples = @ExampleObject(name = "consents", value = "[" + Examples.CONSENT_RESPONSE + "]")))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "404", description = "No such patient, or not the caller's")
    public List<ConsentResponse> list(@PathParam("patientId") UUID patientId) {
        return patients.consentsOf(patientId).stream().map(ConsentResponse::of).toList();
    }
}
