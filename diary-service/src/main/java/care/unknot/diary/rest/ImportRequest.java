package care.unknot.diary.rest;

import care.unknot.diary.domain.ImportSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST .../diary-imports: a paper or app diary, validated as a whole. */
@Schema(name = "DiaryImportRequest")
public record ImportRequest(
        @NotNull @Schema(example = "PAPER") ImportSource source,
        @Schema(description = "Replace entries that exist for a date (default: keep them and report the date)",
                example = "false") Boolean replaceExisting,
        @NotNull @Size(min = 1) @Schema(description = "One row per local date, at most 1,500 rows within 3 years")
        List<@NotNull @Valid Row> entries) {

    @Schema(name = "DiaryImportRow")
    public record Row(
            @NotNull @Schema(type = SchemaType.STRING, format = "date", example = "2026-02-03") String date,
            @NotNull @Valid EntryRequest entry) {
    }
}
