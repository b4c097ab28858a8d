package care.unknot.diary.rest;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.repository.StoredEntry;
import care.unknot.diary.service.EntryService;
import care.unknot.diary.service.EntryWrite;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Diary entries: the patient writes their own; patient, therapist and admin read. */
@Path("/api/v1/patients/{patientId}/diary")
@Tag(name = "Diary")
public class DiaryResource {

    private final EntryService entries;
    private final CurrentUser user;

    public DiaryResource(EntryService entries, CurrentUser user) {
        this.entries = entries;
        this.user = user;
    }

    @PUT
    @Path("/{date}")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Create or replace the entry of a local date",
            description = "Idempotent: the same body twice is one entry and one event. No future dates; editable "
                    + "up to 7 days after the date (patient's time zone). If-Match is optional.")
    @APIResponse(responseCode = "201", description = "Created; Location names the entry, ETag its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EntryResponse.class)))
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged; ETag carries the version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EntryResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json names it)")
    @APIResponse(responseCode = "404", description = "Not the caller's diary")
    @APIResponse(responseCode = "409", description = "Edit window closed, or a concurrent write")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response put(@PathParam("patientId") UUID patientId, @Parameter(description = "The local date (yyyy-MM-dd)", schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date,
                        @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(content = @Content(examples = @ExampleObject(name = "migraine day",
                                value = Examples.ENTRY))) @NotNull @Valid EntryRequest body,
                        @Context UriInfo uri) {
        user.requireSelf(patientId); // the patient itself, whatever other roles its token has
        LocalDate day = Paths.date("date", date);
        if (body.headache() == (body.episodes() == null || body.episodes().isEmpty())) {
            throw ProblemException.field(400, "episodes", body.headache()
                    ? "must hold at least one episode when headache is true"
                    : "must be empty when headache is false");
        }
        DiaryEntry entry = body.toDomain(day);
        EntryWrite write = entries.put(patientId, entry, Paths.ifMatchVersion(ifMatch));
        Response.ResponseBuilder response = write.created()
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(String.valueOf(write.stored().version()))
                .entity(EntryResponse.of(write.stored(), write.guidance())).build();
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Read the entry of a local date")
    @APIResponse(responseCode = "200", description = "The entry, with its ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EntryResponse.class)))
    @APIResponse(responseCode = "404", description = "No entry for that date, or not the caller's diary")
    public Response get(@PathParam("patientId") UUID patientId, @Parameter(description = "The local date (yyyy-MM-dd)", schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date) {
        user.requireSelfOrStaff(patientId);
        StoredEntry stored = entries.get(patientId, Paths.date("date", date))
                .orElseThrow(() -> ProblemException.notFound("No entry for this date."));
        return Response.ok(EntryResponse.of(stored, null)).tag(String.valueOf(stored.version())).build();
    }

    @DELETE
    @Path("/{date}")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Delete the entry of a local date, within the edit window")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No entry for that date, or not the caller's diary")
    @APIResponse(responseCode = "409", description = "Edit window closed")
    public Response delete(@PathParam("patientId") UUID patientId, @Parameter(description = "The local date (yyyy-MM-dd)", schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date,
                           @HeaderParam("If-Match") String ifMatch) {
        user.requireSelf(patientId); // the patient itself, whatever other roles its token has
        entries.delete(patientId, Paths.date("date", date), Paths.ifMatchVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "List entries of a date range, oldest first, with cursor paging")
    @APIResponse(responseCode = "200", description = "One page; 'next' is the cursor of the following page")
    @APIResponse(responseCode = "400", description = "Invalid range, limit or cursor")
    public Page<EntryResponse> list(@PathParam("patientId") UUID patientId, @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
                                    @QueryParam("from") String from,
                                    @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
                                    @QueryParam("to") String to,
                                    @QueryParam("limit") @DefaultValue("31") @Min(1) @Max(366) int limit,
                                    @QueryParam("after") String after) {
        user.requireSelfOrStaff(patientId);
        LocalDate fromDate = Paths.date("from", from);
        LocalDate toDate = Paths.date("to", to);
        if (toDate.isBefore(fromDate)) {
            throw ProblemException.field(400, "to", "must not be before from");
        }
        List<String> cursor = Cursor.decode(after, 1);
        LocalDate afterDate = cursor.isEmpty() ? null : parseCursor(cursor.get(0));
        List<StoredEntry> fetched = entries.list(patientId, fromDate, toDate, afterDate, limit + 1);
        return Page.of(fetched, limit, e -> Cursor.encode(e.entry().date().toString()))
                .map(e -> EntryResponse.of(e, null));
    }

    private static LocalDate parseCursor(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }
}
