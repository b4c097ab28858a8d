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

    static final String IMPORT = """
            {
              "source": "PAPER",
              "replaceExisting": false,
              "entries": [
                {"date": "2026-02-03", "entry": {"headache": false}},
                {"date": "2026-02-04", "entry": {"headache": true,
                  "episodes": [{"start": "16:00", "durationMinutes": 180, "peakNrs": 6, "features": ["PHOTOPHOBIA"]}],
                  "medications": [{"medicationClass": "SIMPLE_ANALGESIC", "name": "ibuprofen", "doses": 1}]}}
              ]
            }""";

    private Examples() {
    }
}
