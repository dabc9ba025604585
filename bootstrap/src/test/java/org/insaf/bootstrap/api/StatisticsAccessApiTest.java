package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.insaf.adapters.graphql.statistics.SvgChartReader;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;

/**
 * Who may read the yearly figures and their chart: analysts and admins; investigators, prosecutors
 * and judges are refused (FORBIDDEN in GraphQL, 403 over HTTP) whatever they ask; without a token
 * both endpoints answer 401. And what a malformed request is told (BAD_INPUT, 400).
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class StatisticsAccessApiTest {

    static final String STATISTICS = "{ statistics(year: 2017) { year statutes { statuteCode investigated } casesByStatus { key count } } }";
    static final String TREND = "{ statisticsTrend(from: 2016, to: 2017) { years { year } chartSvg } }";

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "admin"})
    void analysts_and_admins_read_the_figures_the_trend_and_the_chart(String user) throws Exception {
        JsonPath year = Gql.as(user, STATISTICS).extract().jsonPath();
        assertThat(year.getList("errors")).as(year.prettify()).isNull();
        assertThat(year.getInt("data.statistics.year")).isEqualTo(2017);

        JsonPath trend = Gql.as(user, TREND).extract().jsonPath();
        assertThat(trend.getList("errors")).as(trend.prettify()).isNull();
        assertThat(trend.getList("data.statisticsTrend.years.year", Integer.class)).containsExactly(2016, 2017);
        SvgChartReader svg = SvgChartReader.parse(trend.getString("data.statisticsTrend.chartSvg"));
        assertThat(svg.title()).startsWith("Alleged traffickers under the trafficking provisions, 2016\u20132017");
        assertThat(svg.points("convicted")).hasSize(2);

        Response chart = chart(user, "from", "2016", "to", "2017");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.header("Cache-Control")).isEqualTo("no-store");
        assertThat(chart.asString()).isEqualTo(trend.getString("data.statisticsTrend.chartSvg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"investigator", "investigator2", "prosecutor", "prosecutor2", "judge", "judge2"})
    void everyone_else_is_refused(String user) {
        for (String query : new String[] {STATISTICS, TREND, "{ statistics(year: 1999) { year } }"}) {
            JsonPath answer = Gql.as(user, query).extract().jsonPath();
            assertThat(answer.getString("errors[0].extensions.code")).as(user + ": " + answer.prettify()).isEqualTo("FORBIDDEN");
            assertThat(answer.getString("errors[0].message")).isEqualTo("The yearly figures are for analysts and admins");
            assertThat((Object) answer.get("data")).as("nothing of the figures").isNull();
        }
        Response chart = chart(user, "from", "2016", "to", "2017", "statute", "PACHTO-3");
        assertThat(chart.statusCode()).isEqualTo(403);
        assertThat(chart.asString()).isEqualTo("The yearly figures are for analysts and admins\n").doesNotContain("<svg");
    }

    @Test
    void without_a_token_both_endpoints_answer_401() {
        given().contentType(ContentType.JSON).body(Map.of("query", STATISTICS))
                .when().post("/graphql").then().statusCode(401).body(emptyOrNullString());
        given().queryParam("from", 2016).queryParam("to", 2017)
                .when().get("/statistics/trend.svg").then().statusCode(401).body(emptyOrNullString());
        given().auth().oauth2("not-a-token").queryParam("from", 2016).queryParam("to", 2017)
                .when().get("/statistics/trend.svg").then().statusCode(401).body(emptyOrNullString());
    }

    @Test
    void impossible_years_are_bad_input_with_the_reason() {
        assertBadInput("{ statistics(year: 1999) { year } }", "figures are kept from 2000; there are none for 1999");
        assertBadInput("{ statistics(year: 9999) { year } }", "there are no figures yet for 9999");
        assertBadInput("{ statistics(year: 10000) { year } }", "figures are kept from 2000; there are none for 10000");
        assertBadInput("{ statisticsTrend(from: 2018, to: 2016) { from } }", "a trend runs forward: 2018 is after 2016");
        assertBadInput("{ statisticsTrend(from: 1990, to: 2016) { from } }", "figures are kept from 2000; there are none for 1990");
        assertBadInput("{ statisticsTrend(from: 2016, to: 2017) { chartSvg(statute: \"PPC-999\") } }",
                "the statute catalogue has no statute PPC-999");
        JsonPath format = Gql.as("analyst", "{ statisticsTrend(from: 2016, to: 2017) { chartSvg(statute: \"not a code\") } }")
                .extract().jsonPath();
        assertThat(format.getString("errors[0].extensions.code")).isEqualTo("BAD_INPUT");
        assertThat(format.getString("errors[0].extensions.rule")).isEqualTo("STATUTE_CODE_FORMAT");
    }

    @Test
    void the_chart_endpoint_says_what_is_wrong_with_a_request() {
        assertBadChart("the query parameter from (a year, e.g. 2017) is required", "to", "2017");
        assertBadChart("to must be a year, e.g. 2017, not 'last'", "from", "2016", "to", "last");
        assertBadChart("a trend runs forward: 2018 is after 2016", "from", "2018", "to", "2016");
        assertBadChart("figures are kept from 2000; there are none for 1999", "from", "1999", "to", "2016");
        assertBadChart("the statute catalogue has no statute PPC-999", "from", "2016", "to", "2017", "statute", "PPC-999");
        Response format = chart("analyst", "from", "2016", "to", "2017", "statute", "pachto 3");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.asString()).contains("a statute code is upper-case letters and digits");
    }

    private static void assertBadInput(String query, String message) {
        JsonPath answer = Gql.as("analyst", query).extract().jsonPath();
        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo("BAD_INPUT");
        assertThat(answer.getString("errors[0].message")).isEqualTo(message);
    }

    private static void assertBadChart(String message, String... parameters) {
        Response answer = chart("admin", parameters);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/plain");
        assertThat(answer.asString()).isEqualTo(message + "\n");
    }

    private static Response chart(String user, String... parameters) {
        var request = given().auth().oauth2(Tokens.of(user));
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().get("/statistics/trend.svg");
    }
}
