package care.unknot.diary.domain;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** One headache episode; it belongs to the local day it starts on, so only its local start time is kept. */
public record Episode(LocalTime start, int durationMinutes, int peakNrs, Set<EpisodeFeature> features,
                      List<String> locations) {

    public Episode {
        features = Set.copyOf(features);
        locations = List.copyOf(locations);
    }

    public boolean has(EpisodeFeature feature) {
        return features.contains(feature);
    }
}
