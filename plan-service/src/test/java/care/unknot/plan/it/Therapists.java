package care.unknot.plan.it;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Therapists on the roster, created through its API (admin): a current licence and availability every day
 * 07:00-20:00 UTC, so the tests' sessions (10:00 in Berlin, 08:00 in Auckland) are inside it and 22:00 Berlin is not.
 */
final class Therapists {

    private Therapists() {
    }

    static UUID onRoster() {
        return onRoster(java.time.LocalDate.of(2029, 12, 31));
    }

    static UUID onRoster(java.time.LocalDate licenceExpiresOn) {
        List<Map<String, Object>> availability = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.<String, Object>of("day", day.name(), "from", "07:00", "to", "20:00"))
                .toList();
        Map<String, Object> body = Map.of(
                "name", "Therapist " + UUID.randomUUID().toString().substring(0, 8),
                "timeZone", "UTC",
                "licence", Map.of("number", "PT-" + UUID.randomUUID().toString().substring(0, 8),
                        "licensingBody", "State Board of Physical Therapy", "expiresOn", licenceExpiresOn.toString()),
                "certifications", List.of("MYOFASCIAL_RELEASE"),
                "headachePatientsPerMonth", 20,
                "weeklyAvailability", availability);
        String id = Api.admin().body(body).post("/api/v1/therapists").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
