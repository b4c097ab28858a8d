package care.unknot.kit.testapp;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;

/** Store-independent endpoints that exercise the kit's error mapping, paging and ownership rule. */
@Path("/api/v1/probe")
@Produces(MediaType.APPLICATION_JSON)
public class KitProbeResource {

    @Inject
    CurrentUser user;

    @GET
    @Path("/status/{status}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    public String status(@PathParam("status") int status) {
        if (status == 429) {
            throw ProblemException.tooManyRequests("Slow down.", Duration.ofSeconds(30));
        }
        throw new ProblemException(status, null, "Probe for " + status + ".");
    }

    @GET
    @Path("/boom")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    public String boom() {
        throw new IllegalStateException("patient 42 reported migraine with aura: java.lang.SecretDetail");
    }

    @POST
    @Path("/boom")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    public String boomOnPost() {
        throw new IllegalStateException("unexpected");
    }

    /** A public POST: every call answers a new id. */
    @POST
    @Path("/public-echo")
    @PermitAll
    public String publicEcho() {
        return "{\"id\":\"" + UUID.randomUUID() + "\"}";
    }

    /** A POST whose answer PostgreSQL cannot store as text (a NUL character). */
    @POST
    @Path("/nul")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    public String nul() {
        return "done\u0000";
    }

    /** A POST that is always rate limited. */
    @POST
    @Path("/busy")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    public String busy() {
        throw ProblemException.tooManyRequests("Slow down.", Duration.ofSeconds(1));
    }

    @POST
    @Path("/admin-only")
    @RolesAllowed(Roles.ADMIN)
    public String adminOnly() {
        return "ok";
    }

    @GET
    @Path("/patients/{patientId}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN, Roles.PARTNER})
    public String patient(@PathParam("patientId") UUID patientId) {
        user.requireSelfOrStaff(patientId);
        return "{\"patientId\":\"" + patientId + "\"}";
    }

    @GET
    @Path("/whoami")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN, Roles.PARTNER})
    public String whoami() {
        return "{\"subject\":\"" + user.subject() + "\",\"partnerId\":\"" + user.partnerId().orElse("")
                + "\",\"patientId\":\"" + user.patientId().map(UUID::toString).orElse("") + "\"}";
    }

    /** The numbers 1..95 paged by {@code limit}/{@code after}. */
    @GET
    @Path("/numbers")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    public Page<Integer> numbers(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit,
            @QueryParam("after") String after) {
        List<String> cursor = Cursor.decode(after, 1);
        int start;
        try {
            start = cursor.isEmpty() ? 1 : Integer.parseInt(cursor.get(0)) + 1;
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
        List<Integer> fetched = IntStream.rangeClosed(start, Math.min(95, start + limit)).boxed().toList();
        return Page.of(fetched, limit, n -> Cursor.encode(String.valueOf(n)));
    }
}
