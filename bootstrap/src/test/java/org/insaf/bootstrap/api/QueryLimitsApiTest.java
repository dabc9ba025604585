package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Depth, complexity and body-size limits (application.properties) hold, and say so with BAD_INPUT.
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
            // SmallRye takes any value but "no-introspection" as a list of hidden fields; this one hides nothing.
            return Map.of("quarkus.smallrye-graphql.field-visibility", "Query.noSuchField");
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
}
