package care.unknot.diary.domain;

import java.util.List;

/** Home exercises done that day: the spots worked and the minutes spent. */
public record HomeExercise(List<String> spots, int minutes) {

    public HomeExercise {
        spots = List.copyOf(spots);
    }
}
