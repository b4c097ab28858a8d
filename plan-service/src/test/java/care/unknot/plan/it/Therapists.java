package care.unknot.plan.it;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Therapists on the roster, created through its API (admin): a licence current through {@code expiresOn} and
 * availability every day 07:00-20:00 UTC, so the tests' sessions (10:00 in Berlin, 07:00 or 08:00 in Auckland) are inside it
 * and 22:00 in Berlin is not.
 */
final class Therapists {

    private Therapists() {
    }

    static UUID onRoster() {
        return onRoster(LocalDate.of(2029, 12, 31));
    }

    static UUID onRoster(LocalDate licenceExpiresOn) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("subject", "therapist-" + suffix, "name", "Therapist " + suffix,
                "licence", Map.of("number", "PT-" + suffix, "licensingBody", "State Board of Physical Therapy",
                        "expiresOn", licenceExpiresOn.toString()),
                "certifications", List.of("myofascial release"), "headachePatientsPerMonth", 20, "timeZone", "UTC");
        ExtractableResponse<Response> created = Api.admin().body(body).post("/api/v1/therapists").then()
                .statusCode(201).extract();
        String id = created.path("id");
        List<Map<String, Object>> weekly = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.<String, Object>of("day", day.name(), "start", "07:00", "end", "20:00"))
                .toList();
        Api.admin().header("If-Match", created.header("ETag")).body(Map.of("weekly", weekly))
                .put("/api/v1/therapists/{id}/availability", id).then().statusCode(200);
        return UUID.fromString(id);
    }

    /** The roster's login subject of the therapist. */
    static String subjectOf(UUID therapistId) {
        return Api.admin().get("/api/v1/therapists/{id}", therapistId).then().statusCode(200).extract().path("subject");
    }
}
