package org.insaf.bootstrap.api;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.insaf.bootstrap.logging.TestLog;
import org.insaf.bootstrap.observability.RecentSpans;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * What operators see (docs/operations.md, "Observability"): a trace per request with its id in the
 * log lines written while it runs, metrics by operation and outcome, admission, pool and audit — and
 * never a victim's name or CNIC in any span, log line or metric label, however the client sends them
 * (a mutation's variables, inline in the query text, in a URL's query string, in refused input).
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class ObservabilityApiTest {

    @Inject
    RecentSpans spans;

    @Test
    void no_victim_name_or_cnic_reaches_a_span_a_log_line_or_a_metric() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        String name = "Shazia Parveen Marker" + unique;
        String cnic = "35202-" + String.format("%07d", Math.floorMod(unique.hashCode(), 10_000_000)) + "-4";
        String caseId = CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "OBS-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2023-05-01", "sections", List.of("PTPA-3"))).getString("id");
        // Through variables, as frontends send it.
        CaseStoryApiTest.ok("investigator", "addVictim", Map.of("caseId", caseId,
                "identity", Map.of("name", name, "cnic", cnic), "estimatedAge", 16, "estimatedOn", "2023-05-02"));
        // Inline in the query text, as a careless client sends it.
        Gql.as("investigator", "mutation { addVictim(input: { caseId: \"" + caseId + "\", identity: { name: \"" + name
                + " Two\", cnic: \"" + cnic + "\" }, estimatedAge: 15, estimatedOn: \"2023-05-02\" }) { case { id } } }")
                .body("errors", nullValue());
        // Refused input that carries the name: the refusal must not echo it anywhere either.
        Gql.as("investigator", "mutation { addVictim(input: { caseId: \"" + caseId + "\", identity: { name: \"" + name
                + "\", cnic: \"" + name + "\" }, estimatedAge: 15, estimatedOn: \"2023-05-02\" }) { case { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        // A GET puts the query, and the name in it, into the URL.
        given().auth().oauth2(Tokens.of("investigator"))
                .queryParam("query", "{ case(id: \"" + caseId + "\") { victims { identity { name } } } }")
                .queryParam("variables", "{\"note\":\"" + name + "\"}")
                .when().get("/graphql").then().statusCode(405);
        Gql.as("investigator", "query($id: ID!) { case(id: $id) { victims { pseudonym identity { name cnic } } } }",
                        Map.of("id", caseId))
                .body("data.case.victims[0].identity.name", equalTo(name));

        List<String> secrets = List.of(name, unique, cnic, cnic.replace("-", ""));
        eventually(() -> assertThat(spans.all())
                .as("the requests above were traced").anyMatch(s -> s.getKind() == SpanKind.SERVER
                        && "/graphql".equals(s.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("url.path")))
                        && "redacted".equals(s.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("url.query")))));
        for (SpanData span : spans.all()) {
            String everything = span.getName() + span.getAttributes() + span.getEvents() + span.getStatus() + span.getResource();
            for (String secret : secrets) {
                assertThat(everything).as("span %s", span.getName()).doesNotContain(secret);
            }
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String secret : secrets) {
            assertThat(metrics).doesNotContain(secret);
            assertThat(TestLog.linesHolding(List.of(secret))).as("log lines holding " + secret).isEmpty();
        }
    }

    @Test
    void a_log_line_written_during_a_request_carries_its_trace_id_and_the_trace_reaches_the_exporter() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceParent = "00-" + traceId + "-00f067aa0ba902b7-01";
        given().auth().oauth2(Tokens.of("prosecutor")).header("traceparent", traceParent)
                .contentType("application/json").body(Map.of("query", "{ cases(first: 2) { edges { node { id } } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
        eventually(() -> assertThat(spans.all())
                .as("the caller's trace is continued").anyMatch(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER));

        String marker = "probe-" + UUID.randomUUID();
        String probeTrace = UUID.randomUUID().toString().replace("-", "");
        given().header("traceparent", "00-" + probeTrace + "-00f067aa0ba902b7-00")
                .queryParam("marker", marker).when().get("/test-support/log-probe").then().statusCode(200);
        eventually(() -> {
            try {
                assertThat(TestLog.lines()).as("the line logged while the request ran names its trace")
                        .anyMatch(line -> line.contains(marker) && line.contains("traceId=" + probeTrace));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Spans reach the exporter in batches, a moment after the request. */
    private static void eventually(Runnable assertion) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > until) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void metrics_count_requests_by_operation_and_outcome_admission_pool_and_audit() {
        Gql.as("prosecutor", "{ cases(first: 1) { edges { node { id } } } }").body("errors", nullValue());
        Gql.as("analyst", "{ cases(first: 1) { edges { node { id } } } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        Gql.as("prosecutor", "{ statutes { code } }").body("errors", nullValue());
        Gql.as("prosecutor", "{ nosuchfield }").body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "OBS-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2023-05-01", "sections", List.of("PTPA-3")));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("insaf_graphql_requests_seconds_count\\{operation=\"query cases\",outcome=\"OK\"[^}]*} [1-9]")
                .containsPattern("insaf_graphql_requests_seconds_count\\{operation=\"query cases\",outcome=\"FORBIDDEN\"[^}]*} [1-9]")
                .containsPattern("insaf_graphql_requests_seconds_count\\{operation=\"query statutes\",outcome=\"OK\"[^}]*} [1-9]")
                .containsPattern("insaf_graphql_requests_seconds_count\\{operation=\"unparsed\",outcome=\"BAD_INPUT\"[^}]*} [1-9]")
                .containsPattern("insaf_graphql_requests_seconds_count\\{operation=\"mutation registerCase\",outcome=\"OK\"[^}]*} [1-9]")
                .containsPattern("insaf_graphql_admission_running[^ ]* [0-9]")
                .containsPattern("insaf_graphql_admission_waiting[^ ]* [0-9]")
                .contains("insaf_graphql_admission_refused_total")
                .contains("insaf_graphql_admission_queued_total")
                .containsPattern("insaf_audit_appends_total[^ ]* [1-9]")
                .containsPattern("agroal_active_count[^ ]* [0-9]");
    }
}
