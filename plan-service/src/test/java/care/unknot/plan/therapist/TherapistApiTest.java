package care.unknot.plan.therapist;

import static care.unknot.plan.therapist.TherapistApi.PATH;
import static care.unknot.plan.therapist.TherapistApi.admin;
import static care.unknot.plan.therapist.TherapistApi.body;
import static care.unknot.plan.therapist.TherapistApi.newSubject;
import static care.unknot.plan.therapist.TherapistApi.therapist;
import static care.unknot.plan.therapist.TherapistApi.violating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The roster's REST API (domain.md 2.7) on real PostgreSQL, every response checked against openapi.yaml. */
@QuarkusTest
class TherapistApiTest {

    @Test
    void adminAddsATherapistWithLocationAndETag() {
        String subject = newSubject();

        Response created = admin().body(body(subject, "2999-06-30")).post(PATH);

        created.then().statusCode(201).header("Location", containsString(PATH + "/")).header("ETag", equalTo("\"0\""))
                .body("subject", equalTo(subject)).body("licence.expiresOn", equalTo("2999-06-30"))
                .body("licence.current", equalTo(true)).body("timeZone", equalTo("Europe/Berlin"))
                .body("certifications", contains("myofascial release", "trigger point therapy"))
                .body("headachePatientsPerMonth", equalTo(25)).body("weekly", hasSize(0));
        admin().get(created.header("Location")).then().statusCode(200).body("name", equalTo("Anna Berger"));
    }

    @Test
    void anExpiredLicenceIsShownAsNotCurrent() {
        UUID id = TherapistApi.create(newSubject(), "2001-01-31");

        therapist(newSubject()).get(PATH + "/{id}", id).then().statusCode(200)
                .body("licence.current", equalTo(false));
    }

    @Test
    void onlyAnAdminAddsOrUpdatesTherapists() {
        therapist(newSubject()).body(body(newSubject(), "2999-01-01")).post(PATH).then().statusCode(403);
        UUID id = TherapistApi.create(newSubject(), "2999-01-01");
        therapist(newSubject()).header("If-Match", "\"0\"").body(body(newSubject(), "2999-01-01"))
                .put(PATH + "/{id}", id).then().statusCode(403);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String subject = newSubject();
        Map<String, Object> noExpiry = body(subject, "2999-01-01");
        ((Map<String, Object>) noExpiry.get("licence")).remove("expiresOn");
        violating(admin()).body(noExpiry).post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("licence.expiresOn"));

        Map<String, Object> offset = body(subject, "2999-01-01");
        offset.put("timeZone", "+02:00");
        admin().body(offset).post(PATH).then().statusCode(400).body("violations.field", contains("timeZone"));

        Map<String, Object> negative = body(subject, "2999-01-01");
        negative.put("headachePatientsPerMonth", -1);
        violating(admin()).body(negative).post(PATH).then().statusCode(400)
                .body("violations.field", contains("headachePatientsPerMonth"));

        admin().body(body(subject, "2999-01-01")).post(PATH).then().statusCode(201); // the subject was never taken
    }

    @Test
    void aSubjectBelongsToOneTherapist() {
        String subject = newSubject();
        TherapistApi.create(subject, "2999-01-01");

        admin().body(body(subject, "2999-01-01")).post(PATH).then().statusCode(409)
                .contentType("application/problem+json").body("violations.field", contains("subject"));
    }

    @Test
    void adminUpdatesWithIfMatch() {
        UUID id = TherapistApi.create(newSubject(), "2999-01-01");
        Map<String, Object> renewed = body(newSubject(), "3000-12-31");

        admin().body(renewed).put(PATH + "/{id}", id).then().statusCode(428);
        admin().header("If-Match", "\"0\"").body(renewed).put(PATH + "/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("licence.expiresOn", equalTo("3000-12-31"));
        admin().header("If-Match", "\"0\"").body(renewed).put(PATH + "/{id}", id).then().statusCode(412);
    }

    @Test
    void twoUpdatesWithOneETagAtOnceGiveOne200AndOne412() throws Exception {
        UUID id = TherapistApi.create(newSubject(), "2999-01-01");
        Callable<Integer> update = () -> admin().header("If-Match", "\"0\"").body(body(newSubject(), "3000-01-01"))
                .put(PATH + "/{id}", id).statusCode();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(update, update));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        admin().get(PATH + "/{id}", id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void aTherapistReplacesOwnAvailabilityButNotAnothers() {
        String subject = newSubject();
        UUID id = TherapistApi.create(subject, "2999-01-01");
        Map<String, Object> availability = TherapistApi.availability(List.of(
                Map.of("startsAt", "2030-08-03T09:00:00+02:00", "endsAt", "2030-08-15T09:00:00+02:00")));

        therapist(newSubject()).header("If-Match", "\"0\"").body(availability)
                .put(PATH + "/{id}/availability", id).then().statusCode(403);
        therapist(subject).body(availability).put(PATH + "/{id}/availability", id).then().statusCode(428);
        therapist(subject).header("If-Match", "\"0\"").body(availability).put(PATH + "/{id}/availability", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("weekly[0].day", equalTo("MONDAY")).body("weekly[0].start", equalTo("09:00:00"))
                .body("timeOff", hasSize(1)).body("timeOff[0].startsAt", equalTo("2030-08-03T07:00:00Z"));
        therapist(subject).get(PATH + "/me").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id.toString())).body("timeOff", hasSize(1));
    }

    @Test
    void replacingAvailabilityReplacesUpcomingTimeOff() {
        String subject = newSubject();
        UUID id = TherapistApi.create(subject, "2999-01-01");
        therapist(subject).header("If-Match", "\"0\"").body(TherapistApi.availability(List.of(
                Map.of("startsAt", "2030-08-03T09:00:00+02:00", "endsAt", "2030-08-15T09:00:00+02:00"))))
                .put(PATH + "/{id}/availability", id).then().statusCode(200);

        admin().header("If-Match", "\"1\"").body(TherapistApi.availability(List.of()))
                .put(PATH + "/{id}/availability", id).then().statusCode(200).body("timeOff", hasSize(0));
    }

    @Test
    void availabilityEndingBeforeItStartsIsA400NamingTheField() {
        String subject = newSubject();
        UUID id = TherapistApi.create(subject, "2999-01-01");

        therapist(subject).header("If-Match", "\"0\"")
                .body(Map.of("weekly", List.of(Map.of("day", "MONDAY", "start", "17:00", "end", "09:00"))))
                .put(PATH + "/{id}/availability", id).then().statusCode(400)
                .body("violations.field", contains("weekly[0].end"));
        therapist(subject).header("If-Match", "\"0\"").body(TherapistApi.availability(List.of(
                Map.of("startsAt", "2030-08-15T09:00:00+02:00", "endsAt", "2030-08-03T09:00:00+02:00"))))
                .put(PATH + "/{id}/availability", id).then().statusCode(400)
                .body("violations.field", contains("timeOff[0].endsAt"));
        therapist(subject).get(PATH + "/{id}", id).then().header("ETag", equalTo("\"0\"")).body("weekly", hasSize(0));
    }

    @Test
    void theRosterIsCursorPaged() {
        List<String> mine = List.of(TherapistApi.create(newSubject(), "2999-01-01").toString(),
                TherapistApi.create(newSubject(), "2999-01-01").toString(),
                TherapistApi.create(newSubject(), "2999-01-01").toString());
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = therapist(newSubject()).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            Response page = request.get(PATH);
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            after = page.path("next");
        } while (after != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(mine).isSorted();
        violating(admin()).queryParam("limit", 0).get(PATH).then().statusCode(400)
                .body("violations.field", contains("limit"));
        admin().queryParam("after", "not-a-cursor").get(PATH).then().statusCode(400)
                .body("violations.field", contains("after"));
    }
}
