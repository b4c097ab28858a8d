package care.unknot.kit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.unknot.kit.Tokens;
import care.unknot.kit.rest.idempotency.IdempotencyStore;
import care.unknot.kit.rest.idempotency.StoredResponse;
import care.unknot.kit.testapp.NoteResource;
import care.unknot.kit.testapp.NoteService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyKeyTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    NoteService notes;
    @Inject
    IdempotencyStore store;

    private final String patientId = UUID.randomUUID().toString();

    private static String note(String title) {
        return "{\"title\":\"" + title + "\",\"mood\":\"CALM\",\"answers\":{\"hit6\":[1,2,3,4,5,1]}}";
    }

    private Response post(String path, String key, String body) {
        return given().header("Authorization", Tokens.patient(patientId)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(path);
    }

    @Test
    void retryWithSameKeyAndBodyReplaysTheFirstResponseAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        Response first = post("/api/v1/notes", key, note("Morning"));
        first.then().statusCode(201);
        Response retry = post("/api/v1/notes", key, note("Morning"));
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .contentType(first.contentType())
                .body("id", equalTo(first.path("id")));
        assertThat(notes.count(patientId)).isEqualTo(1);
    }

    @Test
    void aNoStoreResponseIsNeverReplayedAndARetryDoesNotRepeatTheWork() {
        String key = UUID.randomUUID().toString();
        Response first = post("/api/v1/notes/unstored", key, note("Secret"));
        first.then().statusCode(201);
        Response retry = post("/api/v1/notes/unstored", key, note("Secret"));
        retry.then().statusCode(409).contentType("application/problem+json")
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body(not(containsString("Secret")));
        assertThat(notes.count(patientId)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422NamingTheHeader() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/notes", key, note("Morning")).then().statusCode(201);
        post("/api/v1/notes", key, note("Evening")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(notes.count(patientId)).isEqualTo(1);
    }

    @Test
    void sameKeyFromAnotherPrincipalIsIndependent() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/notes", key, note("Morning")).then().statusCode(201);
        String otherPatient = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.patient(otherPatient)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(note("Morning")).when().post("/api/v1/notes")
                .then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(notes.count(otherPatient)).isEqualTo(1);
    }

    @Test
    void retryWhileTheFirstIsStillRunningIs409ThenReplays() throws Exception {
        String key = UUID.randomUUID().toString();
        NoteResource.slowGate = new CountDownLatch(1);
        try {
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                    () -> post("/api/v1/notes/slow", key, note("Slow")));
            // the first request is claimed before the resource blocks on the gate
            org.awaitility.Awaitility.await().atMost(5, TimeUnit.SECONDS).untilAsserted(() ->
                    post("/api/v1/notes/slow", key, note("Slow")).then().statusCode(409)
                            .contentType("application/problem+json").header("Retry-After", "1"));
            NoteResource.slowGate.countDown();
            first.get(10, TimeUnit.SECONDS).then().statusCode(201);
        } finally {
            NoteResource.slowGate.countDown();
        }
        post("/api/v1/notes/slow", key, note("Slow")).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(notes.count(patientId)).isEqualTo(1);
    }

    @Test
    void errorResponsesAreReplayedToo() {
        String key = UUID.randomUUID().toString();
        String invalid = "{\"title\":\"\",\"mood\":\"CALM\",\"answers\":{\"hit6\":[1,2,3,4,5,1]}}";
        post("/api/v1/notes", key, invalid).then().statusCode(400);
        post("/api/v1/notes", key, invalid).then().statusCode(400).header("Idempotent-Replayed", "true")
                .body("violations[0].field", equalTo("title"));
    }

    @Test
    void recordsExpireAfterTheTtlAndTheKeyCanBeUsedAgain() {
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        String key = UUID.randomUUID().toString();
        assertThat(store.begin("p1", key, "hash-a", t0, t0.plus(Duration.ofHours(24)), t0.minusSeconds(120)))
                .isInstanceOf(IdempotencyStore.Started.class);
        store.complete("p1", key, t0, new StoredResponse(201, "/x/1", "application/json", "{}"), t0);
        Instant later = t0.plus(Duration.ofHours(23));
        assertThat(store.begin("p1", key, "hash-a", later, later.plus(Duration.ofHours(24)), later))
                .isInstanceOf(IdempotencyStore.Replay.class);
        assertThat(store.begin("p1", key, "hash-b", later, later.plus(Duration.ofHours(24)), later))
                .isInstanceOf(IdempotencyStore.Mismatch.class);
        Instant expired = t0.plus(Duration.ofHours(25));
        assertThat(store.begin("p1", key, "hash-b", expired, expired.plus(Duration.ofHours(24)), expired))
                .isInstanceOf(IdempotencyStore.Started.class);
    }

    @Test
    void anUnfinishedRecordOlderThanTheInFlightTimeoutIsTakenOver() {
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        String key = UUID.randomUUID().toString();
        store.begin("p1", key, "hash-a", t0, t0.plus(Duration.ofHours(24)), t0.minusSeconds(120));
        Instant soon = t0.plusSeconds(30);
        assertThat(store.begin("p1", key, "hash-a", soon, soon.plus(Duration.ofHours(24)), soon.minusSeconds(120)))
                .isInstanceOf(IdempotencyStore.InFlight.class);
        Instant late = t0.plusSeconds(300);
        assertThat(store.begin("p1", key, "hash-a", late, late.plus(Duration.ofHours(24)), late.minusSeconds(120)))
                .isInstanceOf(IdempotencyStore.Started.class);
    }

    @Test
    void aTakenOverClaimCanNeitherCompleteNorReleaseTheNewOwnersRecord() {
        IdempotencyStoreClaims.aTakenOverClaimCanNeitherCompleteNorReleaseTheNewOwnersRecord(store);
    }

    @Test
    void aUserActingForTwoPartnersHasAKeySpaceForEach() {
        String key = UUID.randomUUID().toString();
        java.util.function.Function<String, Response> postFor = partner -> given()
                .header("Authorization", "Bearer " + care.unknot.local.LocalJwt.shared().token("therapist",
                        "shared-user", java.util.Map.of("partner_id", partner)))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(note("Referral"))
                .when().post("/api/v1/notes");
        Response first = postFor.apply("clinic-a");
        first.then().statusCode(201);
        postFor.apply("clinic-b").then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .header("Location", org.hamcrest.Matchers.not(equalTo(first.header("Location"))));
        postFor.apply("clinic-a").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")));
    }

    @Test
    void serverErrorsAreNotStoredSoARetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/probe/boom", key, "{}").then().statusCode(500).header("Idempotent-Replayed", (String) null);
        post("/api/v1/probe/boom", key, "{}").then().statusCode(500).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void anonymousCallersDoNotShareAKeySpace() {
        String key = UUID.randomUUID().toString();
        Response first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/probe/public-echo");
        first.then().statusCode(200);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/probe/public-echo")
                .then().statusCode(200).header("Idempotent-Replayed", (String) null)
                .body("id", org.hamcrest.Matchers.not(equalTo(first.path("id"))));
    }

    @Test
    void anUnauthenticatedRequestWithAKeyIs401AndLeavesTheKeyFree() {
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(note("Morning"))
                .when().post("/api/v1/notes").then().statusCode(401);
        post("/api/v1/notes", key, note("Morning")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void keysAreBoundToTheTokenSubjectNotToTheSharedPrincipalName() {
        String key = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        java.util.Map<String, Object> sameName = java.util.Map.of("upn", "front-desk");
        Response first = given().header("Authorization", "Bearer " + care.unknot.local.LocalJwt.shared()
                        .token("patient", a, sameName)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(note("Morning")).when().post("/api/v1/notes");
        first.then().statusCode(201);
        given().header("Authorization", "Bearer " + care.unknot.local.LocalJwt.shared().token("patient", b, sameName))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(note("Morning"))
                .when().post("/api/v1/notes")
                .then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .header("Location", org.hamcrest.Matchers.not(equalTo(first.header("Location"))));
        assertThat(notes.count(b)).isEqualTo(1);
    }

    @Test
    void tooManyRequestsIsNotStoredSoARetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/probe/busy", key, "{}").then().statusCode(429);
        post("/api/v1/probe/busy", key, "{}").then().statusCode(429).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void aResponseThatCannotBeStoredStillReachesTheClient() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/probe/nul", key, "{}").then().statusCode(200);
        post("/api/v1/probe/nul", key, "{}").then().statusCode(409); // still in flight: not run twice
    }

    @Test
    void malformedKeyIs400NamingTheHeader() {
        post("/api/v1/notes", "x".repeat(300), note("Morning")).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(notes.count(patientId)).isZero();
    }
}
