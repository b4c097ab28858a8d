package care.unknot.kit.testapp;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NoteRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull Mood mood,
        @Min(0) @Max(10) Integer pain,
        @Valid @NotNull Answers answers) {

    public enum Mood { CALM, TENSE }

    public record Answers(@NotNull @Size(min = 6, max = 6) List<@NotNull @Min(1) @Max(5) Integer> hit6) {
    }
}
