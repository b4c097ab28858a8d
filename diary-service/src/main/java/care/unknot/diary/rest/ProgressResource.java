package care.unknot.diary.rest;

import care.unknot.diary.config.DiaryConfig;
import care.unknot.diary.domain.Progress;
import care.unknot.diary.service.ExportService;
import care.unknot.diary.service.ProgressService;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Progress against baseline (3.3), the CSV export and the clinician summary: patient for self, therapist, admin. */
@Path("/api/v1/patients/{patientId}")
@Tag(name = "Progress")
@RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
public class ProgressResource {

    /** Longest CSV range in days, so one request cannot ask for decades. */
    static final int MAX_EXPORT_DAYS = 3 * 366;

    private final ProgressService progress;
    private final ExportService export;
    private final CurrentUser user;
    private final DiaryConfig config;

    public ProgressResource(ProgressService progress, ExportService export, CurrentUser user, DiaryConfig config) {
        this.progress = progress;
        this.export = export;
        this.user = user;
        this.config = config;
    }

    /** The clinician summary: progress with baseline, windows, responder class and medication change, alerts. */
    public record Summary(UUID patientId, ProgressResponse progress, List<ExportService.Alert> alerts) {
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Baseline, current 28-day window and the series of windows since the first session")
    @APIResponse(responseCode = "200", description = "Progress; unusable windows carry no normalised figures")
    @APIResponse(responseCode = "404", description = "Not the caller's diary")
    public ProgressResponse progress(@PathParam("patientId") UUID patientId) {
        user.requireSelfOrStaff(patientId);
        return ProgressResponse.of(progress.full(patientId), config.windows().displayScale());
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Clinician summary (JSON): baseline, windows, responder class, medication days, alerts")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "Not the caller's diary")
    public Summary summary(@PathParam("patientId") UUID patientId) {
        user.requireSelfOrStaff(patientId);
        ProgressService.Full current = progress.full(patientId);
        return new Summary(patientId, ProgressResponse.of(current, config.windows().displayScale()),
                export.alerts(patientId, current.progress().today()));
    }

    @GET
    @Path("/moh-alerts")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "MOH alert history: each day the alert turned on (thresholds met) or off, oldest first")
    @APIResponse(responseCode = "200", description = "The history (empty when the alert never turned on)")
    public List<ExportService.MohAlertChange> mohAlerts(@PathParam("patientId") UUID patientId) {
        user.requireSelfOrStaff(patientId);
        return export.mohHistory(patientId);
    }

    @GET
    @Path("/diary-export")
    @Produces("text/csv")
    @Operation(summary = "CSV export of the entries of a date range")
    @APIResponse(responseCode = "200", description = "text/csv, one row per entry",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid or too long range")
    @APIResponse(responseCode = "404", description = "Not the caller's diary")
    public Response csv(@PathParam("patientId") UUID patientId, @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
                        @QueryParam("from") String from,
                        @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
                        @QueryParam("to") String to) {
        user.requireSelfOrStaff(patientId);
        LocalDate fromDate = Paths.date("from", from);
        LocalDate toDate = Paths.date("to", to);
        if (toDate.isBefore(fromDate) || ChronoUnit.DAYS.between(fromDate, toDate) >= MAX_EXPORT_DAYS) {
            throw ProblemException.field(400, "to", "must be on or after from, within " + MAX_EXPORT_DAYS + " days");
        }
        return Response.ok(export.csv(patientId, fromDate, toDate), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"diary-" + fromDate + "-" + toDate + ".csv\"")
                .build();
    }
}
