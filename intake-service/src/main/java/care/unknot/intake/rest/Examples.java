package care.unknot.intake.rest;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String PATIENT_REQUEST = """
            {"givenName": "Mara", "familyName": "Keller", "dateOfBirth": "1986-04-12",
             "email": "mara.keller@example.org", "phone": "+49 30 1234567", "timeZone": "Europe/Berlin",
             "locale": "de-DE", "diaryReminderTime": "20:00", "homeProgramReminderTime": "07:30"}""";

    static final String PATIENT_RESPONSE = """
            {"id": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01", "givenName": "Mara", "familyName": "Keller",
             "dateOfBirth": "1986-04-12", "email": "mara.keller@example.org", "phone": "+49 30 1234567",
             "timeZone": "Europe/Berlin", "locale": "de-DE", "diaryReminderTime": "20:00",
             "homeProgramReminderTime": "07:30", "status": "REGISTERED", "referringPartnerId": null,
             "createdAt": "2026-03-01T09:15:00Z", "updatedAt": "2026-03-01T09:15:00Z"}""";

    /** A partner's view (referred the patient, or has its consent): ids and status, nothing else. */
    static final String PARTNER_PATIENT_RESPONSE = """
            {"id": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01", "status": "AWAITING_REVIEW",
             "referrals": [{"id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
               "patientId": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01", "partnerReference": "CN-2026-0147",
               "status": "SCREENED", "outcome": "ELIGIBLE", "receivedAt": "2026-03-01T09:15:00Z"}]}""";

    static final String PATIENT_PAGE = """
            {"items": [""" + PATIENT_RESPONSE + """
            ], "next": "NWYwYzZmN2UtMmIxZC00YzhlLTlhNTEtM2Y3ZDJjMWUwYTAx"}""";

    static final String CONSENT_REQUEST = """
            {"partnerId": "partner-cityneuro"}""";

    static final String CONSENT_RESPONSE = """
            {"partnerId": "partner-cityneuro", "active": true, "grantedAt": "2026-03-02T10:00:00Z", "revokedAt": null}""";

    static final String REFERRAL_REQUEST = """
            {"patient": """ + PATIENT_REQUEST + """
            , "partnerReference": "CN-2026-0147", "reason": "Chronic tension-type headache with neck pain"}""";

    static final String REFERRAL_RESPONSE = """
            {"id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "patientId": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01",
             "partnerReference": "CN-2026-0147", "status": "SCREENED", "outcome": "ELIGIBLE",
             "receivedAt": "2026-03-01T09:15:00Z"}""";

    /** After plan.activated on plan.events (plan-service); the outcome in force stays. */
    static final String REFERRAL_PLAN_ACTIVE = """
            {"id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "patientId": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01",
             "partnerReference": "CN-2026-0147", "status": "PLAN_ACTIVE", "outcome": "ELIGIBLE",
             "receivedAt": "2026-03-01T09:15:00Z"}""";

    static final String REFERRAL_PAGE = """
            {"items": [""" + REFERRAL_RESPONSE + """
            , {"id": "a2b3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6d", "patientId": "6a1d7e8f-3c2e-4d9f-8b62-4a8e3d2f1b02",
               "partnerReference": "CN-2026-0152", "status": "RECEIVED", "outcome": null,
               "receivedAt": "2026-03-02T11:40:00Z"},
              {"id": "b3c4d5e6-f7a8-4b9c-8d1e-2f3a4b5c6d7e", "patientId": "7b2e8f9a-4d3f-4e0a-9c73-5b9f4e3a2c03",
               "partnerReference": "CN-2025-0981", "status": "DISCHARGED", "outcome": "ELIGIBLE",
               "receivedAt": "2025-11-20T08:05:00Z"}
            ], "next": null}""";

    static final String PATIENT_REFERRALS = """
            [{"id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "partnerId": "partner-cityneuro",
              "partnerReference": "CN-2026-0147", "reason": "Chronic tension-type headache with neck pain",
              "receivedAt": "2026-03-01T09:15:00Z"}]""";

    static final String INTAKE_ANSWERS = """
            {"history": {"headacheDaysPerMonth": [12, 14, 18],
              "kinds": [{"side": "BOTH_SIDES", "character": "PRESSING", "typicalPeakNrs": 5,
                "typicalDuration": "FROM_30_MINUTES_TO_4_HOURS", "aggravatedByRoutineActivity": false,
                "nausea": false, "vomiting": false, "photophobia": true, "phonophobia": false, "aura": false}],
              "locations": ["BACK_OF_HEAD", "TEMPLES"],
              "muscleInvolvement": {"neck": true, "jaw": true, "upperBack": false, "scalp": false},
              "triggers": ["STRESS", "POSTURE"], "ageAtOnset": 28},
             "medication": {"simpleAnalgesicDays": 8, "triptanDays": 0, "ergotDays": 0, "opioidDays": 0,
              "combinationDays": 0, "anyMedicationDays": 8},
             "hit6": ["SOMETIMES", "SOMETIMES", "RARELY", "VERY_OFTEN", "SOMETIMES", "RARELY"],
             "midas": {"missedWorkOrSchoolDays": 2, "reducedWorkOrSchoolDays": 4, "missedHouseworkDays": 1,
              "reducedHouseworkDays": 3, "missedSocialDays": 2, "headacheDays": 40, "averagePain": 5},
             "redFlags": {"suddenSevereOnset": false, "newNeurologicalSymptoms": false,
              "feverOrSystemicIllness": false, "painfulRedEyeWithAutonomicFeatures": false,
              "recentOnsetOrChangedPattern": false, "changesWithPosture": false,
              "precipitatedByCoughSneezeOrExertion": false, "afterHeadOrNeckTrauma": false, "historyOfCancer": false,
              "immunosuppressed": false, "pregnantOrPostpartum": false, "newDrugAtOnset": false},
             "contraindications": {"activeCancerInTreatmentArea": false, "oncologyClearance": false,
              "activeBloodClot": false, "knownAneurysm": false, "recentFractureRegions": [],
              "infectionOrSkinConditionRegions": [], "severeOsteoporosis": false,
              "uncontrolledHighBloodPressure": true, "anticoagulantTherapy": false, "dizzinessWithNeckMovement": false},
             "goals": "Fewer headache days and less neck tension at work"}""";

    static final String INTAKE_RESPONSE = """
            {"id": "0b7e4d2a-6c1f-4e3b-8a9d-1c2e3f4a5b02", "patientId": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01",
             "status": "SCREENED", "outcome": "ELIGIBLE_WITH_PRECAUTIONS", "eligibleForPlan": false,
             "screening": {"outcome": "ELIGIBLE_WITH_PRECAUTIONS",
              "rules": [{"id": "PR-BP", "level": "PRECAUTION", "decisive": true,
                "explanation": "Uncontrolled high blood pressure: no intense or sustained deep techniques."}],
              "profile": {"phenotype": "TENSION_TYPE_LIKE",
                "kinds": [{"classification": "TENSION_TYPE_LIKE", "migraineFeatures": 1,
                  "migraineAssociatedSymptoms": 0, "tensionTypeFeatures": 4}],
                "frequency": "EPISODIC", "mohRisk": false, "mohReasons": []},
              "hit6": {"total": 57, "band": "SUBSTANTIAL_IMPACT"}, "midas": {"score": 12, "grade": "III"},
              "precautions": [{"ruleId": "PR-BP", "regions": []}],
              "treatmentAreas": ["SUBOCCIPITALS", "UPPER_TRAPEZIUS", "STERNOCLEIDOMASTOID", "LEVATOR_SCAPULAE",
                "SCALENES", "MASSETER", "TEMPORALIS"],
              "urgentGuidance": null},
             "answers": """ + INTAKE_ANSWERS + """
             ,
             "submittedBy": "5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01", "submittedAt": "2026-03-02T18:03:28Z",
             "screenedAt": "2026-03-02T18:03:28Z", "reviewedBy": null, "reviewedAt": null}""";

    static final String INTAKE_PAGE = """
            {"items": [""" + INTAKE_RESPONSE + """
            ], "next": null}""";

    static final String REVIEW_ACCEPT = """
            {"decision": "ACCEPT"}""";

    static final String REVIEW_OVERRIDE = """
            {"decision": "OVERRIDE", "outcome": "NEEDS_MEDICAL_CLEARANCE",
             "reason": "Blood pressure readings in clinic were repeatedly high; GP to confirm treatment is safe."}""";

    static final String REVIEWS = """
            [{"id": "3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4", "reviewerId": "therapist-anna",
              "decision": "OVERRIDE", "outcomeBefore": "ELIGIBLE_WITH_PRECAUTIONS",
              "outcomeAfter": "NEEDS_MEDICAL_CLEARANCE", "reason": "GP to confirm treatment is safe.",
              "reviewedAt": "2026-03-03T08:30:00Z"}]""";

    static final String CLEARANCE_REQUEST = """
            {"clinicianName": "Dr. Lena Vogt", "clearedOn": "2026-03-05", "scope": "WITH_RESTRICTIONS",
             "restrictedRuleIds": ["PR-BP"], "documentReference": "GP-LETTER-2026-03-05"}""";

    static final String CLEARANCE_RESPONSE = """
            {"id": "7d6c5b4a-3928-4716-a5b4-c3d2e1f0a9b8", "intakeId": "0b7e4d2a-6c1f-4e3b-8a9d-1c2e3f4a5b02",
             "clearanceNo": 1, "clinicianName": "Dr. Lena Vogt", "clearedOn": "2026-03-05", "scope": "WITH_RESTRICTIONS",
             "restrictedRuleIds": ["PR-BP"], "documentReference": "GP-LETTER-2026-03-05",
             "recordedBy": "therapist-anna", "recordedAt": "2026-03-05T14:00:00Z"}""";

    static final String PROBLEM_VALIDATION = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "The request has invalid fields.", "instance": "/api/v1/patients/5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01/intakes",
             "violations": [{"field": "history.kinds[0].typicalPeakNrs", "message": "must be less than or equal to 10"}]}""";
}
