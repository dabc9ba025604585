package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class StatutesApiTest {

    private static final String ALL = """
            { statutes { code version act section title category countsAsTrafficking territorialScope inForceFrom
                         inForceUntil inForceLastDay source
                         procedure { cognizable bailable compoundable triedBy investigatedBy description }
                         elements { acts means purposes conditions meansNotNeededForChild }
                         penalty { form fine minimumImprisonmentMonths maximumImprisonmentMonths lifeImprisonment death
                                   minimumFinePkr maximumFinePkr description } } }""";

    private static Map<String, Object> query(String query) {
        return Map.of("query", query);
    }

    @ParameterizedTest(name = "{0} reads the whole catalogue")
    @ValueSource(strings = {"investigator", "prosecutor", "judge", "analyst", "admin"})
    void every_role_reads_the_catalogue_with_a_real_token(String user) {
        given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(query(ALL))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.statutes", hasSize(28))
                .body("data.statutes.code", hasItem("PPC-369A"));
    }

    @Test
    void a_statute_comes_with_its_act_section_penalty_and_period() {
        given().auth().oauth2(Tokens.of("prosecutor")).contentType(ContentType.JSON).body(query(ALL))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.statutes.find { it.code == 'PPC-369A' }.act", equalTo("Pakistan Penal Code"))
                .body("data.statutes.find { it.code == 'PPC-369A' }.section", equalTo("369A"))
                .body("data.statutes.find { it.code == 'PPC-369A' }.inForceFrom", equalTo("2016-03-18"))
                .body("data.statutes.find { it.code == 'PPC-369A' }.inForceUntil", nullValue())
                .body("data.statutes.find { it.code == 'PPC-369A' }.penalty.form", equalTo("IMPRISONMENT_OR_FINE_OR_BOTH"))
                .body("data.statutes.find { it.code == 'PPC-369A' }.penalty.fine", equalTo("OPTIONAL"))
                .body("data.statutes.find { it.code == 'PPC-369A' }.penalty.minimumImprisonmentMonths", equalTo(60))
                .body("data.statutes.find { it.code == 'PPC-369A' }.penalty.maximumImprisonmentMonths", equalTo(84))
                .body("data.statutes.find { it.code == 'PPC-369A' }.penalty.minimumFinePkr", equalTo(500000))
                .body("data.statutes.find { it.code == 'PPC-369A' }.penalty.maximumFinePkr", equalTo(700000))
                .body("data.statutes.find { it.code == 'PPC-369A' }.penalty.description",
                        equalTo("5 to 7 years, or a fine of PKR 500,000 to PKR 700,000, or both"))
                .body("data.statutes.find { it.code == 'PPC-369A' }.elements.means", hasItem("FORCE"))
                .body("data.statutes.find { it.code == 'PACHTO-3' }.inForceUntil", equalTo("2018-05-31"))
                .body("data.statutes.find { it.code == 'PACHTO-3' }.inForceLastDay", equalTo("2018-05-30"))
                .body("data.statutes.find { it.code == 'PACHTO-3' }.penalty.minimumImprisonmentMonths", equalTo(0))
                .body("data.statutes.find { it.code == 'PACHTO-3' }.source", containsString("no minimum"))
                .body("data.statutes.find { it.code == 'PTPA-3' }.procedure.cognizable", equalTo(true))
                .body("data.statutes.find { it.code == 'PTPA-3' }.procedure.bailable", equalTo(false))
                .body("data.statutes.find { it.code == 'PTPA-3' }.procedure.investigatedBy",
                        equalTo("POLICE_INSIDE_FIA_ACROSS_BORDERS"))
                .body("data.statutes.find { it.code == 'PTPA-3' }.elements.meansNotNeededForChild", equalTo(true))
                .body("data.statutes.find { it.code == 'PPC-420' }.countsAsTrafficking", equalTo(false))
                .body("data.statutes.find { it.code == 'PPC-369A' }.countsAsTrafficking", equalTo(true))
                .body("data.statutes.find { it.code == 'PACHTO-3' }.territorialScope", equalTo("TRANSNATIONAL_ONLY"))
                .body("data.statutes.find { it.code == 'PPC-371' }.penalty.lifeImprisonment", equalTo(true));
    }

    @Test
    void in_force_on_a_day_leaves_out_what_was_not_yet_or_no_longer_the_law() {
        String on2017 = "{ statutes(inForceOn: \"2017-06-01\") { code version } }";
        given().auth().oauth2(Tokens.of("judge")).contentType(ContentType.JSON).body(query(on2017))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.statutes.code", hasItem("PACHTO-3"))
                .body("data.statutes.code", hasItem("PPC-369A"))
                .body("data.statutes.code", not(hasItem("PTPA-3")))
                .body("data.statutes.code", not(hasItem("PSMA-3")));

        String on2015 = "{ statutes(inForceOn: \"2015-06-01\") { code } }";
        given().auth().oauth2(Tokens.of("judge")).contentType(ContentType.JSON).body(query(on2015))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.statutes.code", not(hasItem("PPC-369A")));

        String amended = "{ statutes(inForceOn: \"2023-01-01\") { code version penalty { form fineAloneBarredFor } } }";
        given().auth().oauth2(Tokens.of("judge")).contentType(ContentType.JSON).body(query(amended))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.statutes.findAll { it.code == 'PTPA-3-AGG' }.version", contains(2))
                .body("data.statutes.findAll { it.code == 'PTPA-3-AGG' }.penalty.form", contains("IMPRISONMENT_OR_FINE_OR_BOTH"))
                .body("data.statutes.findAll { it.code == 'PTPA-3-AGG' }.penalty.fineAloneBarredFor",
                        contains(List.of("SEXUAL_EXPLOITATION")))
                .body("data.statutes.code", not(hasItem("PACHTO-3")));
    }

    @Test
    void without_a_token_the_caller_gets_an_authentication_error_and_no_data() {
        given().contentType(ContentType.JSON).body(query(ALL))
                .when().post("/graphql")
                .then().statusCode(401)
                .body(emptyOrNullString());
    }

    @Test
    void a_tampered_token_is_refused() {
        String[] parts = Tokens.of("analyst").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"analyst\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(query(ALL))
                .when().post("/graphql")
                .then().statusCode(401)
                .body(emptyOrNullString());
    }

    @Test
    void a_token_that_is_not_a_token_is_refused() {
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(query(ALL))
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void the_token_carries_the_office_and_roles_the_actor_is_built_from() {
        String[] parts = Tokens.of("investigator").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        org.assertj.core.api.Assertions.assertThat(payload)
                .contains("\"office\":\"FIA-AHTC-LAHORE\"")
                .contains("\"aud\":\"insaf-api\"")
                .contains("\"investigator\"");
    }

    @Test
    void one_statute_by_code_and_the_statutes_of_a_category() {
        given().auth().oauth2(Tokens.of("prosecutor")).contentType(ContentType.JSON)
                .body(query("{ statute(code: \"PTPA-3-AGG\") { code version } old: statute(code: \"PTPA-3-AGG\", inForceOn: \"2019-01-01\") { version } none: statute(code: \"PPC-999\") { code } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.statute.version", equalTo(2))
                .body("data.old.version", equalTo(1))
                .body("data.none", nullValue());
        given().auth().oauth2(Tokens.of("prosecutor")).contentType(ContentType.JSON)
                .body(query("{ dayBefore: statute(code: \"PTPA-3-AGG\", inForceOn: \"2021-12-31\") { version } "
                        + "dayOf: statute(code: \"PTPA-3-AGG\", inForceOn: \"2022-01-01\") { version } "
                        + "pachtoLast: statute(code: \"PACHTO-3\", inForceOn: \"2018-05-30\") { code } "
                        + "pachtoAfter: statute(code: \"PACHTO-3\", inForceOn: \"2018-05-31\") { code } "
                        + "ptpaBefore: statute(code: \"PTPA-3\", inForceOn: \"2018-05-30\") { code } "
                        + "ptpaFirst: statute(code: \"PTPA-3\", inForceOn: \"2018-05-31\") { code } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.dayBefore.version", equalTo(1))
                .body("data.dayOf.version", equalTo(2))
                .body("data.pachtoLast.code", equalTo("PACHTO-3"))
                .body("data.pachtoAfter", nullValue())
                .body("data.ptpaBefore", nullValue())
                .body("data.ptpaFirst.code", equalTo("PTPA-3"));
        given().auth().oauth2(Tokens.of("prosecutor")).contentType(ContentType.JSON)
                .body(query("{ statutes(category: SMUGGLING) { code category } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.statutes.category", everyItem(equalTo("SMUGGLING")))
                .body("data.statutes.code", hasItem("PSMA-3"));
    }
}
