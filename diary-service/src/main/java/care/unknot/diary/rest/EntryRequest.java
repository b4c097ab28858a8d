package care.unknot.diary.rest;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.EpisodeFeature;
import care.unknot.diary.domain.HomeExercise;
import care.unknot.diary.domain.MedicationClass;
import care.unknot.diary.domain.MedicationIntake;
import care.unknot.diary.domain.Episode;
import care.unknot.diary.domain.RedFlag;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT .../diary/{date}: every field of domain.md 3.1 with its range. */
@Schema(name = "DiaryEntryRequest")
public record EntryRequest(
        @NotNull @Schema(example = "true") Boolean headache,
        @Size(max = 24) List<@NotNull @Valid EpisodeRequest> episodes,
        @Size(max = 20) List<@NotNull @Valid MedicationRequest> medications,
        @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "6.5")
        BigDecimal sleepHours,
        @Min(1) @Max(5) @Schema(example = "3") Integer sleepQuality,
        @Min(0) @Max(10) @Schema(example = "6") Integer stress,
        @Size(max = 20) @Schema(example = "[\"screen work\"]") List<@NotBlank @Size(max = 60) String> triggers,
        @Valid ExerciseRequest exercises,
        @Schema(example = "true") Boolean heatOrColdUsed,
        @Size(max = 6) Set<@NotNull RedFlag> redFlags,
        @Size(max = 2000) @Schema(example = "long day at the desk") String note) {

    @Schema(name = "Episode")
    public record EpisodeRequest(
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(implementation = String.class, description = "Local time, HH:mm",
                    pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", example = "14:30") LocalTime start,
            @NotNull @Min(1) @Max(4320) @Schema(example = "240") Integer durationMinutes,
            @NotNull @Min(0) @Max(10) @Schema(example = "7") Integer peakNrs,
            @Size(max = 8) Set<@NotNull EpisodeFeature> features,
            @Size(max = 10) @Schema(example = "[\"left temple\"]") List<@NotBlank @Size(max = 40) String> locations) {
    }

    @Schema(name = "MedicationIntake")
    public record MedicationRequest(
            @NotNull MedicationClass medicationClass,
            @Size(max = 80) @Schema(example = "sumatriptan") String name,
            @NotNull @Min(1) @Max(20) @Schema(example = "1") Integer doses) {
    }

    @Schema(name = "HomeExercises")
    public record ExerciseRequest(
            @Size(max = 12) @Schema(example = "[\"upper trapezius\"]") List<@NotBlank @Size(max = 40) String> spots,
            @NotNull @Min(1) @Max(240) @Schema(example = "10") Integer minutes) {
    }

    DiaryEntry toDomain(LocalDate date) {
        return new DiaryEntry(date, headache, orEmpty(episodes).stream().map(EntryRequest::episode).toList(),
                orEmpty(medications).stream().map(m -> new MedicationIntake(m.medicationClass(), m.name(),
                        m.doses())).toList(),
                sleepHours == null ? null : sleepHours.stripTrailingZeros(), sleepQuality, stress, orEmpty(triggers),
                exercises == null ? null : new HomeExercise(orEmpty(exercises.spots()), exercises.minutes()),
                heatOrColdUsed, redFlags == null ? Set.of() : redFlags, note);
    }

    private static Episode episode(EpisodeRequest e) {
        return new Episode(e.start(), e.durationMinutes(), e.peakNrs(),
                e.features() == null ? Set.of() : e.features(), orEmpty(e.locations()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
