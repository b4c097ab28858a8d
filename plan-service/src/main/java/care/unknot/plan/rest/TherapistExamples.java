package care.unknot.plan.rest;

/** Example bodies of the therapist roster's OpenAPI document. */
final class TherapistExamples {

    private TherapistExamples() {
    }

    static final String THERAPIST_REQUEST = """
            {"subject": "therapist-anna", "name": "Anna Berger",
             "licence": {"number": "PT-2019-0412", "licensingBody": "Landesamt fuer Gesundheit Berlin",
                         "expiresOn": "2028-06-30"},
             "certifications": ["myofascial release", "trigger point therapy"],
             "headachePatientsPerMonth": 25, "timeZone": "Europe/Berlin"}""";

    static final String THERAPIST_RESPONSE = """
            {"id": "0b6f3c1e-7d2a-4e5b-9c8d-1a2b3c4d5e6f", "subject": "therapist-anna", "name": "Anna Berger",
             "licence": {"number": "PT-2019-0412", "licensingBody": "Landesamt fuer Gesundheit Berlin",
                         "expiresOn": "2028-06-30", "current": true},
             "certifications": ["myofascial release", "trigger point therapy"],
             "headachePatientsPerMonth": 25, "timeZone": "Europe/Berlin",
             "weekly": [{"day": "MONDAY", "start": "09:00:00", "end": "17:00:00"},
                        {"day": "THURSDAY", "start": "12:00:00", "end": "19:30:00"}],
             "timeOff": [{"id": "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "startsAt": "2026-08-03T07:00:00Z",
                          "endsAt": "2026-08-15T07:00:00Z"}],
             "updatedAt": "2026-03-02T10:15:30Z"}""";

    static final String AVAILABILITY_REQUEST = """
            {"weekly": [{"day": "MONDAY", "start": "09:00", "end": "17:00"},
                        {"day": "THURSDAY", "start": "12:00", "end": "19:30"}],
             "timeOff": [{"startsAt": "2026-08-03T09:00:00+02:00", "endsAt": "2026-08-15T09:00:00+02:00"}]}""";

    static final String THERAPIST_PAGE = "{\"items\": [" + THERAPIST_RESPONSE + "], \"next\": null}";

    static final String PROBLEM_VALIDATION = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "The request has invalid fields.", "instance": "/api/v1/therapists",
             "violations": [{"field": "licence.expiresOn", "message": "must not be null"}]}""";
}
