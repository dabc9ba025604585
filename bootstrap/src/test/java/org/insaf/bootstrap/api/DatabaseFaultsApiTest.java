package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.PausableProxy;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped or frozen while requests run: each request ends within a bounded time with
 * UNAVAILABLE and HTTP 503, readiness says DOWN within seconds, and the service recovers by itself
 * when the database is back. The database is reached through a proxy that the test freezes or
 * takes down, so the PostgreSQL the other tests share is never touched. The timeouts are the
 * production ones scaled down so the test stays short.
 */
@QuarkusTest
@TestProfile(DatabaseFaultsApiTest.BehindAPausableProxy.class)
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class DatabaseFaultsApiTest {

    public static class BehindAPausableProxy implements QuarkusTestProfile, InsafTestInfrastructure.BehindProxy {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.datasource.jdbc.login-timeout", "1S",
                    "quarkus.datasource.jdbc.validation-query-timeout", "1S",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "3",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", "1");
        }
    }

    /** What the scaled-down timeouts allow, with room for a busy machine. */
    private static final Duration BOUND = Duration.ofSeconds(8);

    private static final Map<String, Object> PAGE = Map.of("query", "{ cases(first: 5) { edges { node { id } } } }");

    private final PausableProxy database = InsafTestInfrastructure.proxy();

    @AfterEach
    void bringTheDatabaseBack() {
        database.up();
    }

    private static Response page() {
        return given().auth().oauth2(Tokens.of("prosecutor")).contentType(ContentType.JSON).body(PAGE)
                .when().post("/graphql");
    }

    private static void answersNormally() {
        Response answer = page();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getList("errors")).isNull();
    }

    private static void refusedAsUnavailableWithin(Duration bound, Response answer, Instant sent) {
        assertThat(Duration.between(sent, Instant.now())).isLessThan(bound);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAVAILABLE");
        assertThat(answer.jsonPath().getString("errors[0].message")).contains("not answering");
    }

    @Test
    void a_frozen_database_ends_the_request_in_bounded_time_and_readiness_says_down() {
        answersNormally();
        database.freeze();
        Instant sent = Instant.now();
        refusedAsUnavailableWithin(BOUND, page(), sent);

        Instant asked = Instant.now();
        given().when().get("/q/health/ready").then().statusCode(503);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(BOUND);

        // The HTTP endpoints beside GraphQL answer alike.
        Instant exported = Instant.now();
        Response export = given().auth().oauth2(Tokens.of("analyst")).when().get("/export/ctdc/victims.csv?from=2016");
        assertThat(Duration.between(exported, Instant.now())).isLessThan(BOUND);
        assertThat(export.statusCode()).isEqualTo(503);
        assertThat(export.header("Retry-After")).isNotBlank();
        assertThat(export.asString()).startsWith("UNAVAILABLE");

        database.thaw();
        recovers();
    }

    @Test
    void a_database_stopped_mid_request_ends_it_at_once_and_new_requests_are_refused_fast() throws Exception {
        answersNormally();
        database.freeze();
        Instant sent = Instant.now();
        CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(DatabaseFaultsApiTest::page);
        Thread.sleep(500);
        database.down();
        refusedAsUnavailableWithin(BOUND, inFlight.get(), sent);

        Instant again = Instant.now();
        refusedAsUnavailableWithin(Duration.ofSeconds(5), page(), again);
        given().when().get("/q/health/ready").then().statusCode(503);

        database.up();
        recovers();
    }

    /** Without a restart: the pool drops the broken connections and makes new ones. */
    private static void recovers() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Response answer = page();
        while (answer.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            sleep();
            answer = page();
        }
        assertThat(answer.statusCode()).as("the service answers again once the database is back").isEqualTo(200);
        assertThat(answer.jsonPath().getList("errors")).isNull();
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
