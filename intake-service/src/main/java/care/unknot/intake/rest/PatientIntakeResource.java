package care.unknot.intake.rest;

import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.IntakeAnswers;
import care.unknot.intake.service.IntakeService;
import care.unknot.kit.problem.Problem;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/intakes")
@Tag(name = "Intakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientIntakeResource {

    private final IntakeService intakes;

    public PatientIntakeResource(IntakeService intakes) {
        this.intakes = intakes;
    }

    @POST
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    @Operation(summary = "Submit the intake questionnaire (the patient itself, or a therapist on behalf); it is "
            + "screened at once and stored with its screening")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answers", value = Examples.INTAKE_ANSWERS)))
    @APIResponse(responseCode = "201", description = "Submitted and screened; Location names the intake",
            content = @Content(schema = @Schema(implementation = IntakeResponse.class),
                    examples = @ExampleObject(name = "intake", value = Examples.INTAKE_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid or missing answer (problem+json naming the field); "
            + "nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_VALIDATION)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a patient or therapist")
    @APIResponse(responseCode = "404", description = "No such patient, or not the caller's")
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
    public Response submit(@PathParam("patientId") UUID patientId, @Valid @NotNull IntakeAnswers answers) {
        Intake intake = intakes.submit(patientId, answers);
        return Response.created(UriBuilder.fromResource(IntakeResource.class).build(intake.id()))
                .header("ETag", ETags.of(intake.version())).entity(IntakeResponse.of(intake)).build();
    }

    @GET
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "List a patient's intakes, cursor-paged (the patient itself, therapist, admin)")
    @APIResponse(responseCode = "200", description = "A page of intakes",
            content = @Content(schema = @Schema(implementation = Paging.IntakePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.INTAKE_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "404", description = "No such patient, or not the caller's")
    public Page<IntakeResponse> list(@PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("after") String after) {
        return Page.of(intakes.ofPatient(patientId, Paging.after(after), limit + 1), limit,
                (Intake i) -> Paging.cursorOf(i.id())).map(IntakeResponse::of);
    }
}
