package care.unknot.diary.rest;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.MedicationClass;
import care.unknot.diary.domain.PatientGuidance;
import care.unknot.diary.domain.RedFlag;
import care.unknot.diary.repository.StoredEntry;
import care.unknot.events.diary.EntrySource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An entry as the API shows it, with its day classification and, after a red flag, the patient guidance. */
public record EntryResponse(UUID patientId, LocalDate date, @Schema(example = "true") boolean headache,
                            List<EntryRequest.EpisodeRequest> episodes,
                            List<EntryRequest.MedicationRequest> medications,
                            @Schema(example = "6.5") BigDecimal sleepHours,
                            @Schema(example = "3") Integer sleepQuality, @Schema(example = "6") Integer stress,
                            @Schema(example = "[\"screen work\"]") List<String> triggers,
                            EntryRequest.ExerciseRequest exercises, @Schema(example = "true") Boolean heatOrColdUsed,
                            Set<RedFlag> redFlags, @Schema(example = "long day at the desk") String note,
                            Classification classification,
                            @Schema(description = "The ETag", example = "1") long version, Instant recordedAt,
                            PatientGuidance guidance,
                            @Schema(description = "Created more than 7 days after its date (3.1); counts like any other",
                                    example = "false") boolean late,
                            @Schema(description = "PATIENT (typed in this diary) or the source of a therapist's import",
                                    example = "PATIENT") EntrySource source,
                            @Schema(description = "Subject of the therapist who imported the entry; null for the "
                                    + "patient's own", example = "null") String importedBy) {

    /** The stored day facts of 3.2. */
    public record Classification(@Schema(example = "true") boolean headacheDay,
                                 @Schema(example = "true") boolean migraineDay,
                                 @Schema(example = "true") boolean moderateSevereDay,
                                 @Schema(example = "true") boolean medicationDay,
                                 Set<MedicationClass> medicationClasses, @Schema(example = "7") Integer peakNrs,
                                 @Schema(example = "true") boolean exercisesDone) {

        static Classification of(DayFacts f) {
            return new Classification(f.headacheDay(), f.migraineDay(), f.moderateSevereDay(), f.medicationDay(),
                    f.medicationClasses(), f.peakNrs(), f.exercisesDone());
        }
    }

    static EntryResponse of(StoredEntry stored, PatientGuidance guidance) {
        DiaryEntry e = stored.entry();
        return new EntryResponse(stored.patientId(), e.date(), e.headache(),
                e.episodes().stream().map(x -> new EntryRequest.EpisodeRequest(x.start(), x.durationMinutes(),
                        x.peakNrs(), x.features(), x.locations())).toList(),
                e.medications().stream().map(m -> new EntryRequest.MedicationRequest(m.medicationClass(), m.name(),
                        m.doses())).toList(),
                e.sleepHours(), e.sleepQuality(), e.stress(), e.triggers(),
                e.exercises() == null ? null
                        : new EntryRequest.ExerciseRequest(e.exercises().spots(), e.exercises().minutes()),
                e.heatOrColdUsed(), e.redFlags(), e.note(), Classification.of(stored.facts()), stored.version(),
                stored.recordedAt(), guidance, stored.facts().late(), stored.source(), stored.importedBy());
    }
}
