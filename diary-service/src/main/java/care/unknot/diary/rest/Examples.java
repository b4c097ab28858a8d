package care.unknot.diary.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String ENTRY = """
            {
              "headache": true,
              "episodes": [{"start": "14:30", "durationMinutes": 240, "peakNrs": 7,
                            "features": ["UNILATERAL", "PULSATING", "NAUSEA"], "locations": ["left temple"]}],
              "medications": [{"medicationClass": "TRIPTAN", "name": "sumatriptan", "doses": 1}],
              "sleepHours": 6.5, "sleepQuality": 3, "stress": 6, "triggers": ["screen work"],
              "exercises": {"spots": ["upper trapezius", "suboccipitals"], "minutes": 10},
              "heatOrColdUsed": true, "redFlags": [], "note": "long day at the desk"
            }""";

    private Examples() {
    }
}
