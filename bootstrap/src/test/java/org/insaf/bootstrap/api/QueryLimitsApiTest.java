package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.insaf.adapters.graphql.engine.EngineWarmUp;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Depth, complexity, cost, parser and body-size limits (application.properties, QueryCostLimit) hold,
 * and say so with BAD_INPUT; docs/api-limits.md lists them.
 * Introspection is on here, as where developers turn it on: it is the deepest query the schema
 * allows, and its limits must hold there too.
 */
@QuarkusTest
@TestProfile(QueryLimitsApiTest.IntrospectionOn.class)
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class QueryLimitsApiTest {

    public static class IntrospectionOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("insaf.graphql.introspection", "true");
        }
    }

    private static String nestedOfType(int levels) {
        return "{ __type(name: \"Case\") { fields { type " + "{ ofType ".repeat(levels) + "{ name }"
                + " }".repeat(levels) + " } } }";
    }

    @Test
    void a_query_deeper_than_15_is_refused() {
        Gql.as("analyst", nestedOfType(6)).body("errors", nullValue());
        Gql.as("analyst", nestedOfType(15))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("QUERY_DEPTH"))
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void a_query_of_more_than_400_fields_is_refused() {
        String fewer = IntStream.range(0, 100).mapToObj(i -> "m" + i + ": me { id }").collect(Collectors.joining(" "));
        Gql.as("analyst", "{ " + fewer + " }").body("errors", nullValue());
        String many = IntStream.range(0, 300).mapToObj(i -> "m" + i + ": me { id }").collect(Collectors.joining(" "));
        Gql.as("analyst", "{ " + many + " }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("QUERY_COMPLEXITY"))
                .body("errors[0].message", containsString("complexity"));
    }

    @Test
    void a_request_body_over_128_kilobytes_is_refused() {
        String padding = " ".repeat(200 * 1024);
        given().auth().oauth2(Tokens.of("analyst")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { id }" + padding + "}"))
                .when().post("/graphql")
                .then().statusCode(413);
    }

    @Test
    void the_introspection_query_of_graphql_tools_is_within_the_limits() {
        Gql.as("analyst", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EngineWarmUp warmUp;

    /**
     * The engine was warmed at start-up with dear documents the limits refuse, read to the end as a
     * client's answer is, and with one it answers; none of them read data or ran a resolver.
     */
    @Test
    void the_engine_was_warmed_at_start_with_refused_documents_and_one_answered() {
        assertThat(warmUp.outcomes()).hasSize(3);
        assertThat(warmUp.outcomes().subList(0, 2)).allSatisfy(answer -> assertThat(answer)
                .contains("\"code\":\"BAD_INPUT\"", "\"rule\":\"QUERY_COST\"")
                .doesNotContain("\"data\":{"));
        assertThat(warmUp.outcomes().get(2)).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
    }

    /** Twenty fragments each spreading the next twice: 849 bytes that expand to a million fields. */
    static String fragmentBomb() {
        StringBuilder bomb = new StringBuilder("query { ...F0 }\n");
        for (int i = 0; i < 20; i++) {
            bomb.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
        }
        return bomb.append("fragment F20 on Query { me { id } }").toString();
    }

    /** Refused as too dear, in little time, with no SQL statement run (so no resolver ran, and nothing was audited). */
    private void refusedForItsCost(String query, String cost) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        long started = System.nanoTime();
        Gql.as("admin", query)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("QUERY_COST"))
                .body("errors[0].message", containsString("costs " + cost))
                .body("errors[0].message", containsString("limit of 100000"));
        assertThat(System.nanoTime() - started).as("refused before any work").isLessThan(2_000_000_000L);
        assertThat(statistics.getPrepareStatementCount()).as("no SQL statement").isZero();
    }

    @Test
    void twenty_nested_fragment_spreads_are_refused_for_their_cost() {
        refusedForItsCost(fragmentBomb(), String.valueOf(2L << 20));
    }

    @Test
    void a_hundred_aliases_of_a_page_of_a_hundred_cases_are_refused_for_their_cost() {
        String aliases = IntStream.range(0, 100).mapToObj(i -> "c" + i + ": cases(first: 100) { edges { node { id } } }")
                .collect(Collectors.joining(" "));
        refusedForItsCost("{ " + aliases + " }", "1030100");
    }

    @Test
    void a_document_accepted_with_small_pages_is_costed_again_with_large_ones() {
        String aliases = IntStream.range(0, 100).mapToObj(i -> "c" + i + ": cases(first: $n) { edges { node { id } } }")
                .collect(Collectors.joining(" "));
        String query = "query($n: Int) { " + aliases + " }";
        Gql.as("admin", query, Map.of("n", 1)).body("errors", nullValue());
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Gql.as("admin", query, Map.of("n", 100))
                .body("data", nullValue())
                .body("errors[0].extensions.rule", equalTo("QUERY_COST"))
                .body("errors[0].message", containsString("costs 1030100"));
        assertThat(statistics.getPrepareStatementCount()).as("no SQL statement").isZero();
    }

    /** Refused by graphql-java's parser for one of its limits, named with its value, never echoing the document. */
    private void refusedAsTooLarge(String query, String limit, String neverEchoed) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Gql.as("analyst", query)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("QUERY_TOO_LARGE"))
                .body("errors[0].message", containsString(limit))
                .body("errors[0].message", not(containsString(neverEchoed)));
        assertThat(statistics.getPrepareStatementCount()).as("no SQL statement").isZero();
    }

    @Test
    void a_document_of_more_than_5000_tokens_is_refused_by_the_parser() {
        String many = IntStream.range(0, 2000).mapToObj(i -> "m" + i + ": __typename").collect(Collectors.joining(" "));
        refusedAsTooLarge("{ " + many + " }", "more than 5000 tokens", "m1999");
    }

    @Test
    void a_document_of_more_than_20000_whitespace_tokens_is_refused_by_the_parser() {
        refusedAsTooLarge("{ me { id" + ",".repeat(25_000) + " } }", "more than 20000 whitespace tokens", ",,");
    }

    @Test
    void a_document_nested_deeper_than_the_parsers_rule_depth_is_refused_by_the_parser() {
        refusedAsTooLarge("{ " + "zq { ".repeat(300) + "id" + " }".repeat(300) + " }", "limit of 200 rules", "zq");
    }

    @Test
    void the_parsers_limits_hold_for_a_document_sent_as_application_graphql_and_get_is_not_served() {
        String many = IntStream.range(0, 2000).mapToObj(i -> "m" + i + ": __typename").collect(Collectors.joining(" "));
        given().auth().oauth2(Tokens.of("analyst")).contentType("application/graphql")
                .body(("{ " + many + " }").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.rule", equalTo("QUERY_TOO_LARGE"));
        // GET is not served here (quarkus.smallrye-graphql.http.get.enabled is off): refused, never parsed.
        given().auth().oauth2(Tokens.of("analyst")).queryParam("query", "{ " + "zq { ".repeat(120) + "id" + " }".repeat(120) + " }")
                .when().get("/graphql")
                .then().statusCode(405);
    }

    @Test
    void a_document_that_is_not_graphql_is_refused_with_where_it_breaks_and_never_echoed() {
        Gql.as("analyst", "{ me { id } Bibi-Secret(")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("QUERY_SYNTAX"))
                .body("errors[0].message", containsString("line 1"))
                .body("errors[0].message", not(containsString("Bibi")));
    }

    private static String bench(String name) throws IOException {
        return Files.readString(Path.of("../bench/queries/" + name + ".graphql"));
    }

    /** As bench/run.sh composes them: the fields file in place of the #FIELDS# line. */
    private static String withFields(String query, String fields) throws IOException {
        return bench(query).replaceAll("(?m)^#FIELDS#$", java.util.regex.Matcher.quoteReplacement(bench(fields)));
    }

    @Test
    void every_query_of_the_frontend_is_within_the_limits() throws IOException {
        String someCase = UUID.randomUUID().toString();
        for (String fields : new String[]{"page-fields", "case-fields"}) {
            Gql.as("admin", withFields("page", fields), Map.of("first", 100))
                    .body("errors", nullValue());
        }
        Gql.as("admin", withFields("detail", "case-fields"), Map.of("id", someCase))
                .body("errors.extensions.code", not(hasItem("BAD_INPUT")));
        Gql.as("prosecutor", bench("advice"), Map.of("id", someCase))
                .body("errors.extensions.code", not(hasItem("BAD_INPUT")));
        Gql.as("analyst", bench("statistics"), Map.of("year", 2017))
                .body("errors.extensions.code", not(hasItem("BAD_INPUT")));
    }
}
