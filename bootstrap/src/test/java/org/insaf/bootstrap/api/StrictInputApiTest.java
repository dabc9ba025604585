package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.http.ContentType;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 16, strict input: every limit is enforced before any SQL, refused as BAD_INPUT with a
 * message naming the field and the limit, and nothing is stored. Integers are never wrapped,
 * fractions never truncated, dates outside 1900-01-01 .. 9999-12-31 never stored.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class StrictInputApiTest {

    private static final String LAHORE = "FIA-AHTC-LAHORE";

    static String newCase() {
        return CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "STRICT-" + UUID.randomUUID(),
                "office", LAHORE, "registeredOn", "2024-01-10", "sections", List.of("PTPA-3"))).getString("id");
    }

    /** The whole case as its investigator sees it, to compare before and after a refusal. */
    static String state(String user, String caseId) {
        JsonPath c = Gql.as(user, "query($id: ID!) { case(id: $id) { ...C } }" + CaseStoryApiTest.CASE,
                Map.of("id", caseId)).extract().jsonPath();
        assertThat(c.getList("errors")).as(c.prettify()).isNull();
        return c.getString("data.case");
    }

    /** The mutation is refused as BAD_INPUT naming the field (and the rule, when given), with no data. */
    static JsonPath badInput(String user, String mutation, Map<String, Object> input, String... mentions) {
        JsonPath result = CaseStoryApiTest.mutate(user, mutation, input);
        assertThat(result.getString("errors[0].extensions.code")).as(result.prettify()).isEqualTo("BAD_INPUT");
        assertThat((Object) result.get("data")).isNull();
        for (String mention : mentions) {
            assertThat(result.getString("errors[0].message")).contains(mention);
        }
        return result;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    // ------------------------------------------------------------------ integers

    @Test
    void an_int_above_32_bits_is_refused_not_wrapped_in_a_literal_and_in_a_variable() {
        Gql.as("investigator", "{ cases(first: 4294967306) { edges { node { id } } } }")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("first"))
                .body("errors[0].message", containsString("2147483647"))
                .body("errors[0].message", not(containsString("4294967306")));
        Gql.as("investigator", "query($n: Int) { cases(first: $n) { edges { node { id } } } }", Map.of("n", 4294967306L))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("2147483647"));
        Gql.as("analyst", "{ statistics(year: -2147483649) { year } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void an_int_at_the_edge_of_32_bits_reaches_the_resolver_exactly() {
        Gql.as("investigator", "{ cases(first: 2147483647) { edges { node { id } } } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("2147483647 cases were asked for"));
        Gql.as("investigator", "query($n: Int) { cases(first: $n) { edges { node { id } } } }", Map.of("n", -2147483648))
                .body("errors[0].message", containsString("-2147483648 cases were asked for"));
    }

    @Test
    void an_expected_version_beyond_32_bits_is_refused_and_changes_nothing() {
        String caseId = newCase();
        String before = state("investigator", caseId);
        badInput("investigator", "startInvestigation", Map.of("caseId", caseId, "expectedVersion", 2147483648L,
                "startedOn", "2024-01-11"), "2147483647");
        assertThat(state("investigator", caseId)).isEqualTo(before);
    }

    @Test
    void an_estimated_age_beyond_32_bits_or_with_a_fraction_is_refused_and_stores_no_victim() {
        String caseId = newCase();
        String before = state("investigator", caseId);
        Map<String, Object> victim = Map.of("caseId", caseId, "identity", Map.of("name", "Bano"),
                "estimatedOn", "2024-01-10");
        badInput("investigator", "addVictim", with(victim, "estimatedAge", 4294967336L), "2147483647");
        badInput("investigator", "addVictim", with(victim, "estimatedAge", 12.5), "whole number");
        assertThat(state("investigator", caseId)).isEqualTo(before);
        Gql.as("investigator", "mutation { addVictim(input: { caseId: \"" + caseId + "\", identity: { name: \"Bano\" }, "
                        + "estimatedAge: 12.0, estimatedOn: \"2024-01-10\" }) { case { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        assertThat(state("investigator", caseId)).isEqualTo(before);
    }

    @Test
    void a_fine_beyond_64_bits_is_refused_before_any_resolver() {
        Map<String, Object> input = Map.of("caseId", UUID.randomUUID().toString(), "chargeId", UUID.randomUUID().toString(),
                "pronouncedOn", "2024-01-10", "kind", "FINE_ONLY",
                "finePkr", BigInteger.TWO.pow(64).add(BigInteger.valueOf(5)));
        badInput("judge", "recordSentence", input, "9223372036854775807");
        badInput("judge", "recordSentence", with(input, "finePkr", 1000.5), "whole number");
    }

    // ------------------------------------------------------------------ dates

    @Test
    void dates_of_five_digit_years_and_before_1900_are_refused_and_nothing_is_registered() {
        String fir = "DATES-" + UUID.randomUUID();
        Map<String, Object> register = Map.of("firNumber", fir, "office", LAHORE, "sections", List.of("PTPA-3"));
        badInput("investigator", "registerCase", with(register, "registeredOn", "+99999-01-01"), "YYYY-MM-DD");
        badInput("investigator", "registerCase", with(register, "registeredOn", "0001-01-01"), "1900-01-01");
        badInput("investigator", "registerCase", with(register, "registeredOn", "1899-12-31"), "1900-01-01");
        badInput("investigator", "registerCase", with(register, "registeredOn", "2024-02-30"), "a real day");
        Gql.as("judge", "{ statutes(inForceOn: \"0001-01-01\") { code } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("inForceOn"));
        // Nothing was stored under that FIR number, and the earliest day is accepted.
        JsonPath registered = CaseStoryApiTest.ok("investigator", "registerCase", with(register, "registeredOn", "1900-01-01"));
        assertThat(registered.getString("registeredOn")).isEqualTo("1900-01-01");
    }

    // ------------------------------------------------------------------ text

    @Test
    void an_fir_number_one_character_over_its_column_is_refused_at_the_limit_accepted() {
        String sixty = ("FIR-" + UUID.randomUUID() + "-" + "x".repeat(60)).substring(0, 60);
        Map<String, Object> register = Map.of("office", LAHORE, "registeredOn", "2024-01-10", "sections", List.of("PTPA-3"));
        JsonPath refused = badInput("investigator", "registerCase", with(register, "firNumber", sixty + "y"),
                "firNumber", "61", "60");
        assertThat(refused.getString("errors[0].extensions.rule")).isEqualTo("INPUT_TOO_LONG");
        assertThat(CaseStoryApiTest.ok("investigator", "registerCase", with(register, "firNumber", sixty))
                .getString("firNumber")).isEqualTo(sixty);
    }

    @Test
    void an_accused_name_of_201_characters_a_nul_byte_or_half_a_surrogate_pair_is_refused_and_stores_nobody() {
        String caseId = newCase();
        String before = state("investigator", caseId);
        Map<String, Object> accused = Map.of("caseId", caseId, "roles", List.of("RECRUITER"));
        JsonPath tooLong = badInput("investigator", "addAccused", with(accused, "name", "R".repeat(201)), "name", "201", "200");
        assertThat(tooLong.getString("errors[0].extensions.rule")).isEqualTo("INPUT_TOO_LONG");
        JsonPath nul = badInput("investigator", "addAccused", with(accused, "name", "Rashid\u0000Khan"), "name", "NUL");
        assertThat(nul.getString("errors[0].extensions.rule")).isEqualTo("INPUT_CHARACTERS");
        // Written as a JSON escape: a client's encoder would turn the lone half into '?' before sending.
        String loneHalf = "{\"query\": \"mutation($input: AddAccusedInput!) { addAccused(input: $input) { case { id } } }\", "
                + "\"variables\": {\"input\": {\"caseId\": \"" + caseId + "\", \"name\": \"Rashid \\ud800Khan\"}}}";
        given().auth().oauth2(Tokens.of("investigator")).contentType(ContentType.JSON).body(loneHalf)
                .when().post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("INPUT_CHARACTERS"))
                .body("errors[0].message", containsString("surrogate"));
        assertThat(state("investigator", caseId)).isEqualTo(before);

        // 200 characters, one of them outside the BMP (two UTF-16 units, one character in PostgreSQL).
        String name = "\uD83D\uDE00" + "R".repeat(199);
        JsonPath c = CaseStoryApiTest.ok("investigator", "addAccused", with(accused, "name", name));
        assertThat(c.getString("accused[0].name")).isEqualTo(name);
    }

    @Test
    void every_text_of_a_mutation_is_held_to_its_limit_and_a_refusal_changes_nothing() {
        String caseId = newCase();
        String before = state("investigator", caseId);
        Map<String, Object> victim = Map.of("caseId", caseId, "identity", Map.of("name", "Bano"));
        badInput("investigator", "addVictim", with(victim, "identity", Map.of("name", "B".repeat(201))), "identity.name", "200");
        badInput("investigator", "addVictim", with(victim, "identity", Map.of("name", "Bano", "contact", "0".repeat(201))),
                "identity.contact", "200");
        badInput("investigator", "addVictim", with(victim, "identity", Map.of("name", "Bano", "address", "a".repeat(501))),
                "identity.address", "500");
        badInput("investigator", "addVictim", with(victim, "identity", Map.of("name", "Ba\u0000no")), "identity.name", "NUL");
        badInput("investigator", "addAccused", Map.of("caseId", caseId, "name", "Rashid",
                "nonPunishmentJustification", "j".repeat(2001)), "nonPunishmentJustification", "2000");
        badInput("investigator", "closeInvestigation", Map.of("caseId", caseId, "reason", "r".repeat(2001),
                "closedOn", "2024-01-11"), "reason", "2000");
        badInput("admin", "assignCase", Map.of("caseId", caseId, "court", "c".repeat(201)), "court", "200");
        badInput("admin", "assignCase", Map.of("caseId", caseId, "prosecutor", "p".repeat(101)), "prosecutor", "100");
        badInput("judge", "recordHearing", Map.of("caseId", caseId, "date", "2024-01-11", "court", "c".repeat(201),
                "proceedings", "Adjourned"), "court", "200");
        badInput("judge", "recordHearing", Map.of("caseId", caseId, "date", "2024-01-11", "court", "Sessions",
                "proceedings", "p".repeat(4001)), "proceedings", "4000");
        assertThat(state("investigator", caseId)).isEqualTo(before);
    }

    @Test
    void a_filter_text_that_no_column_could_hold_is_bad_input_not_a_database_error() {
        Gql.as("investigator", "query($o: String) { cases(filter: { office: $o }) { edges { node { id } } } }",
                        Map.of("o", "FIA\u0000LAHORE"))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("filter.office"));
        Gql.as("investigator", "query($o: String) { cases(filter: { office: $o }) { edges { node { id } } } }",
                        Map.of("o", "L".repeat(101)))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("100"));
        Gql.as("investigator", "query($s: String) { cases(filter: { statute: $s }) { edges { node { id } } } }",
                        Map.of("s", "PPC-" + "9".repeat(40)))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("STATUTE_CODE_FORMAT"));
    }

    @Test
    void an_fir_under_more_sections_than_the_limit_is_refused() {
        List<String> sections = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            sections.add("PPC-" + (100 + i));
        }
        JsonPath refused = badInput("investigator", "registerCase", Map.of("firNumber", "MANY-" + UUID.randomUUID(),
                "office", LAHORE, "registeredOn", "2024-01-10", "sections", sections), "sections", "21", "20");
        assertThat(refused.getString("errors[0].extensions.rule")).isEqualTo("INPUT_TOO_MANY");
    }
}
