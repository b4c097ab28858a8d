package care.unknot.kit.testapp;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;

@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class NoteResource {

    /** Holds {@code /slow} requests until a test releases them. */
    public static volatile CountDownLatch slowGate = new CountDownLatch(0);

    @Inject
    NoteService notes;
    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    public Response create(@Valid @NotNull NoteRequest request, @Context UriInfo uri) {
        NoteResponse note = notes.create(user.subject(), request.title());
        return Response.created(URI.create(uri.getPath() + "/" + note.id())).entity(note).build();
    }

    /** As {@link #create}, marked {@code Cache-Control: no-store} (a response showing a secret once). */
    @POST
    @Path("/unstored")
    @RolesAllowed(Roles.PATIENT)
    public Response createUnstored(@Valid @NotNull NoteRequest request, @Context UriInfo uri) {
        NoteResponse note = notes.create(user.subject(), request.title());
        return Response.created(URI.create("/api/v1/notes/" + note.id())).entity(note)
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/slow")
    @RolesAllowed(Roles.PATIENT)
    public Response createSlowly(@Valid @NotNull NoteRequest request, @Context UriInfo uri)
            throws InterruptedException {
        if (!slowGate.await(10, TimeUnit.SECONDS)) {
            throw ProblemException.conflict("gate not released");
        }
        return create(request, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    public Response get(@PathParam("id") UUID id) {
        NoteResponse note = notes.find(id).orElseThrow(() -> ProblemException.notFound("No such note."));
        user.requireSelfOrStaff(UUID.fromString(note.patientId()));
        return Response.ok(note).tag(ETags.of(note.version()).replace("\"", "")).build();
    }

    @PUT
    @Path("/{id}/title")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST})
    public NoteResponse rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotBlank String title) {
        NoteResponse note = notes.find(id).orElseThrow(() -> ProblemException.notFound("No such note."));
        ETags.requireMatch(ifMatch, note.version());
        return notes.rename(id, title);
    }
}
