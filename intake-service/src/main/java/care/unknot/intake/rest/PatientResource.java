package care.unknot.intake.rest;

import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.PatientStatus;
import care.unknot.intake.service.PatientAccess;
import care.unknot.intake.service.PatientService;
import care.unknot.intake.service.ReferralService;
import care.unknot.kit.problem.Problem;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients")
@Tag(name = "Patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    private final PatientService patients;
    private final PatientAccess access;
    private final ReferralService referrals;

    public PatientResource(PatientService patients, PatientAccess access, ReferralService referrals) {
        this.patients = patients;
        this.access = access;
        this.referrals = referrals;
    }

    @POST
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Register a patient (therapist, admin). Partners refer patients with POST /api/v1/referrals.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "patient", value = Examples.PATIENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the patient",
            content = @Content(schema = @Schema(implementation = PatientResponse.class),
                    examples = @ExampleObject(name = "patient", value = Examples.PATIENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_VALIDATION)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    public Response register(@Valid @NotNull PatientRequest request, @Context UriInfo uri) {
        Patient patient = patients.register(request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(patient.id().toString()).build())
                .header("ETag", ETags.of(patient.version())).entity(PatientResponse.of(patient)).build();
    }

    @GET
    @Path("/{patientId}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "Read a patient: full for the patient itself, therapist and admin; a reduced view for a "
            + "partner that referred the patient or has the patient's consent",
            description = "Therapist, admin and the patient itself (token subject = patient id) get PatientResponse "
                    + "with an ETag for If-Match. A partner (claim partner_id) gets PartnerPatientResponse: the id, the "
                    + "patient's status and its own referrals of the patient with their status and outcome in force; "
                    + "no names, date of birth, contact details, time zone, locale, reminder preferences or other "
                    + "partners' ids, and no ETag (partners cannot update a patient). Any other patient: 404.")
    @APIResponse(responseCode = "200", description = "The patient: PatientResponse (patient, therapist, admin; ETag "
            + "carries the version for If-Match) or PartnerPatientResponse (partner, no ETag)",
            content = @Content(schema = @Schema(oneOf = {PatientResponse.class, PartnerPatientResponse.class}),
                    examples = {@ExampleObject(name = "patient", summary = "patient, therapist, admin",
                            value = Examples.PATIENT_RESPONSE),
                        @ExampleObject(name = "partner", summary = "partner", value = Examples.PARTNER_PATIENT_RESPONSE)}))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "404", description = "No such patient, or not one the caller may see")
    public Response read(@PathParam("patientId") UUID patientId) {
        Patient patient = patients.read(patientId);
        if (access.partnerView()) {
            return Response.ok(PartnerPatientResponse.of(patient, referrals.mineOf(patientId))).build();
        }
        return Response.ok(PatientResponse.of(patient)).header("ETag", ETags.of(patient.version())).build();
    }

    @PUT
    @Path("/{patientId}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Update contact details, time zone, locale and reminder times (the patient itself, therapist, "
            + "admin); requires If-Match")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "patient", value = Examples.PATIENT_REQUEST)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = PatientResponse.class),
                    examples = @ExampleObject(name = "patient", value = Examples.PATIENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "404", description = "No such patient, or not the caller's")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("patientId") UUID patientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull PatientRequest request) {
        Patient patient = patients.update(patientId, request.toDetails(), ifMatch);
        return Response.ok(PatientResponse.of(patient)).header("ETag", ETags.of(patient.version())).build();
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Search patients by name and status, cursor-paged (therapist, admin)")
    @APIResponse(responseCode = "200", description = "A page of patients; pass next as after for the following page",
            content = @Content(schema = @Schema(implementation = Paging.PatientPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.PATIENT_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit, status or cursor")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    public Page<PatientResponse> search(@QueryParam("name") @Size(max = 100) String name,
            @Parameter(schema = @Schema(implementation = PatientStatus.class)) @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("after") String after) {
        return Page.of(patients.search(name, statusOf(status), Paging.after(after), limit + 1), limit,
                (Patient p) -> Paging.cursorOf(p.id())).map(PatientResponse::of);
    }

    @GET
    @Path("/{patientId}/referrals")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The partner referrals of a patient, with the partners' reasons (therapist, admin)")
    @APIResponse(responseCode = "200", description = "Referrals, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PatientReferralResponse.class),
                    examples = @ExampleObject(name = "referrals", value = Examples.PATIENT_REFERRALS)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such patient")
    public List<PatientReferralResponse> referrals(@PathParam("patientId") UUID patientId) {
        return patients.referralsOf(patientId).stream().map(PatientReferralResponse::of).toList();
    }

    /** Parsed here so an unknown value is a 400 naming the parameter (JAX-RS would answer 404). */
    private static PatientStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PatientStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(400, "status", "must be one of " + Arrays.toString(PatientStatus.values()));
        }
    }
}
