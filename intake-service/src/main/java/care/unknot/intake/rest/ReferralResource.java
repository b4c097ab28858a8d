package care.unknot.intake.rest;

import care.unknot.intake.domain.Referral;
import care.unknot.intake.service.PatientService;
import care.unknot.intake.service.ReferralService;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.CurrentUser;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/referrals")
@Tag(name = "Partner referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class ReferralResource {

    static final String STATUS_DESCRIPTION = "status: RECEIVED until an intake is screened, then SCREENED with the"
            + " outcome in force; PLAN_ACTIVE once plan-service activated a plan for the patient and DISCHARGED once"
            + " it completed it (from plan.events, the newest event winning; a new plan makes it PLAN_ACTIVE again)."
            + " The outcome stays reported with PLAN_ACTIVE and DISCHARGED.";

    private final PatientService patients;
    private final ReferralService referrals;
    private final CurrentUser user;

    public ReferralResource(PatientService patients, ReferralService referrals, CurrentUser user) {
        this.patients = patients;
        this.referrals = referrals;
        this.user = user;
    }

    @POST
    @Operation(summary = "Refer a patient (partner): registers the patient and records the partner's referral")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "referral", value = Examples.REFERRAL_REQUEST)))
    @APIResponse(responseCode = "201", description = "Received; Location names the referral",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class),
                    examples = @ExampleObject(name = "referral", value = Examples.REFERRAL_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a partner, or the token has no partner_id")
    public Response refer(@Valid @NotNull ReferralRequest request, @Context UriInfo uri) {
        String partnerId = user.partnerId()
                .orElseThrow(() -> ProblemException.forbidden("The token carries no partner_id claim."));
        Referral referral = patients.refer(request.patient().toDetails(), partnerId, request.partnerReference(),
                request.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(referral.id().toString()).build())
                .entity(ReferralResponse.of(referrals.mine(referral.id()))).build();
    }

    @GET
    @Operation(summary = "List the calling partner's own referrals with their status, cursor-paged",
            description = STATUS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of referrals",
            content = @Content(schema = @Schema(implementation = Paging.ReferralPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.REFERRAL_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a partner")
    public Page<ReferralResponse> list(
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("after") String after) {
        return Page.of(referrals.mine(Paging.after(after), limit + 1), limit,
                (ReferralService.ReferralState s) -> Paging.cursorOf(s.referral().id())).map(ReferralResponse::of);
    }

    @GET
    @Path("/{referralId}")
    @Operation(summary = "Read one of the calling partner's referrals: status and screened outcome, nothing clinical",
            description = STATUS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class),
                    examples = {@ExampleObject(name = "screened", value = Examples.REFERRAL_RESPONSE),
                        @ExampleObject(name = "planActive", value = Examples.REFERRAL_PLAN_ACTIVE)}))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a partner")
    @APIResponse(responseCode = "404", description = "No such referral of this partner")
    public ReferralResponse read(@PathParam("referralId") UUID referralId) {
        return ReferralResponse.of(referrals.mine(referralId));
    }
}
