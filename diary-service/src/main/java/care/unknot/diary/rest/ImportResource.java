package care.unknot.diary.rest;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.ImportSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import care.unknot.diary.service.ImportService;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A therapist imports a patient's paper or app diary (3.1): all rows valid or nothing stored. */
@Path("/api/v1/patients/{patientId}/diary-imports")
@Tag(name = "Diary")
@RolesAllowed(Roles.THERAPIST)
public class ImportResource {

    /** At most this many rows per request (more: 413). */
    static final int MAX_ROWS = 1500;
    /** The rows' dates span at most this many days (about 3 years; more: 400). */
    static final int MAX_SPAN_DAYS = 3 * 366;

    private final ImportService imports;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final Validator validator;

    public ImportResource(ImportService imports, CurrentUser user, ObjectMapper json, Validator validator) {
        this.imports = imports;
        this.user = user;
        this.json = json;
        this.validator = validator;
    }

    @Schema(name = "DiaryImportResponse")
    public record ImportResponse(@Schema(example = "0b7f3c9e-2f1a-4c55-9d1e-6a0c2b8f4e11") String importId,
                                 @Schema(example = "PAPER") String source,
                                 @Schema(description = "New entries", example = "27") int imported,
                                 @Schema(description = "Existing entries replaced (replaceExisting)", example = "0")
                                 int replaced,
                                 @Schema(description = "Dates that already had an entry, left as they were",
                                         example = "[\"2026-02-14\"]") List<LocalDate> skippedExisting,
                                 @Schema(example = "2026-02-03") LocalDate firstDay,
                                 @Schema(example = "2026-03-02") LocalDate lastDay) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a paper or app diary (therapist)",
            description = "Validated as a whole: any invalid row is a 400 naming the row and field, and nothing is "
                    + "stored. Dates that already have an entry are reported in skippedExisting unless "
                    + "replaceExisting. Entries created more than 7 days after their date are marked late. One "
                    + "diary.entry-recorded per entry, one progress.updated per affected window. Idempotent with "
                    + "Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "A row is invalid (problem+json names row and field)")
    @APIResponse(responseCode = "413", description = "More than 1,500 rows, or a body over the size limit")
    @APIResponse(responseCode = "503", description = "The diary kept changing during the import; retry")
    public ImportResponse importJson(@PathParam("patientId") UUID patientId,
                                     @RequestBody(content = @Content(examples = @ExampleObject(name = "paper diary",
                                             value = Examples.IMPORT))) @NotNull @Valid ImportRequest body) {
        return run(patientId, body.source(), Boolean.TRUE.equals(body.replaceExisting()), body.entries());
    }

    @POST
    @Path("/csv")
    @Consumes("text/csv")
    @Operation(summary = "Import a diary export (CSV, the format of GET diary-export) (therapist)",
            description = "The export's own format, so an export imports back unchanged: the entry is rebuilt from "
                    + "its columns (episodes_json, medications_json, ...), the classification columns are recomputed. "
                    + "Same rules as the JSON import; a problem names entries[i] (data rows from 0) and the column.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "A row or cell is invalid (problem+json names row and column)")
    @APIResponse(responseCode = "413", description = "More than 1,500 rows, or a body over the size limit")
    @APIResponse(responseCode = "503", description = "The diary kept changing during the import; retry")
    public ImportResponse importCsv(@PathParam("patientId") UUID patientId,
                                   @Parameter(required = true, schema = @Schema(implementation = ImportSource.class))
                                   @QueryParam("source") String source,
                                   @QueryParam("replaceExisting") @DefaultValue("false") boolean replaceExisting,
                                   @RequestBody(content = @Content(mediaType = "text/csv",
                                           schema = @Schema(type = SchemaType.STRING))) String csv) {
        ImportSource importSource;
        try {
            importSource = ImportSource.valueOf(String.valueOf(source));
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(400, "source", "must be one of PAPER, APP, IMPORT");
        }
        return run(patientId, importSource, replaceExisting, CsvImport.rows(csv, json, validator));
    }

    private ImportResponse run(UUID patientId, ImportSource source, boolean replace, List<ImportRequest.Row> body) {
        user.requireSelfOrStaff(patientId);
        List<DiaryEntry> rows = rows(body);
        ImportService.ImportResult result = imports.importDiary(patientId, user.subject(), source, replace, rows);
        return new ImportResponse(result.importId(), source.name(), result.imported(), result.replaced(),
                result.skippedExisting(), result.firstDay(), result.lastDay());
    }

    /** Limits, dates, one row per date and 3.1's headache/episodes rule; the first problem names its row. */
    static List<DiaryEntry> rows(List<ImportRequest.Row> rows) {
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.field(413, "entries", "at most " + MAX_ROWS + " rows per import");
        }
        List<DiaryEntry> entries = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRequest.Row row = rows.get(i);
            String at = "entries[" + i + "]";
            LocalDate date = Paths.date(at + ".date", row.date());
            if (!seen.add(date)) {
                throw ProblemException.field(400, at + ".date", "the import holds this date twice");
            }
            EntryRequest entry = row.entry();
            if (entry.headache() == (entry.episodes() == null || entry.episodes().isEmpty())) {
                throw ProblemException.field(400, at + ".entry.episodes", entry.headache()
                        ? "must hold at least one episode when headache is true"
                        : "must be empty when headache is false");
            }
            entries.add(entry.toDomain(date));
        }
        LocalDate first = entries.stream().map(DiaryEntry::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = entries.stream().map(DiaryEntry::date).max(LocalDate::compareTo).orElseThrow();
        if (ChronoUnit.DAYS.between(first, last) >= MAX_SPAN_DAYS) {
            throw ProblemException.field(400, "entries", "the rows' dates must lie within " + MAX_SPAN_DAYS + " days");
        }
        return entries;
    }
}
