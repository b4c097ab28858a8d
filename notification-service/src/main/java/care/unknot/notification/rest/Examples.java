package care.unknot.notification.rest;

/** Request and response examples for the OpenAPI document (reminders and inbox). */
final class Examples {

    private Examples() {
    }

    static final String PREFERENCES_REQUEST = """
            {"diaryReminderTime": "20:30", "homeProgramReminderTime": "07:30", "quietHoursStart": "22:00",
             "quietHoursEnd": "07:00"}""";

    static final String PREFERENCES_RESPONSE = """
            {"patientId": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01", "timeZone": "Europe/Berlin", "locale": "de-DE",
             "diaryReminderTime": "20:30", "homeProgramReminderTime": "07:30", "quietHoursStart": "22:00",
             "quietHoursEnd": "07:00", "channels": [
               {"channel": "EMAIL", "consent": true, "address": "mara.keller@example.org"},
               {"channel": "SMS", "consent": false, "address": null},
               {"channel": "PUSH", "consent": false, "address": null},
               {"channel": "IN_APP", "consent": true, "address": null}]}""";

    static final String CHANNEL_REQUEST = """
            {"consent": true, "address": "mara.keller@example.org"}""";

    static final String NOTIFICATION = """
            {"id": "0b7e3c1a-6d2f-4e8a-9c5b-1f2e3d4c5b6a", "template": "diary-reminder",
             "title": "How was your day?", "body": "Please add todays headache diary entry.", "urgent": false,
             "createdAt": "2026-03-10T19:00:00Z", "readAt": null}""";

    static final String NOTIFICATION_PAGE = """
            {"items": [""" + NOTIFICATION + """
            ], "next": null}""";

    static final String ON_CALL_OPEN = """
            {"id": "3c9d2e1f-7a4b-4c6d-8e5f-0a1b2c3d4e5f", "patientId": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01",
             "kind": "URGENT_REFERRAL", "title": "URGENT: patient needs urgent medical care, no treating therapist",
             "body": "The screening of patient 5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01 requires urgent referral ...",
             "createdAt": "2026-03-11T02:00:00Z", "acknowledgedAt": null, "acknowledgedBy": null}""";

    static final String ON_CALL_PAGE = """
            {"items": [""" + ON_CALL_OPEN + """
            ], "next": null}""";

    static final String ON_CALL_ACKNOWLEDGED = """
            {"id": "3c9d2e1f-7a4b-4c6d-8e5f-0a1b2c3d4e5f", "patientId": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01",
             "kind": "URGENT_REFERRAL", "title": "URGENT: patient needs urgent medical care, no treating therapist",
             "body": "The screening of patient 5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01 requires urgent referral ...",
             "createdAt": "2026-03-11T02:00:00Z", "acknowledgedAt": "2026-03-11T02:04:10Z",
             "acknowledgedBy": "therapist-on-call-17"}""";
}
