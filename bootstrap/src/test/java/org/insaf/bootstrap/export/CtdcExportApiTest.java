package org.insaf.bootstrap.export;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.insaf.adapters.export.ctdc.CtdcVocabulary;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The CTDC-shaped export end to end: victims recorded through the GraphQL API with real tokens,
 * exported over HTTP as CSV and JSON. The database is shared, so each test uses a registration
 * year and a citizenship no other test uses (Kiribati in 2011, the Marshall Islands in 2012) and
 * looks at those rows only. The test profile lowers the smallest k to 3 (application.properties).
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class CtdcExportApiTest {

    private static final String CSV = "/export/ctdc/victims.csv";
    private static final String JSON = "/export/ctdc/victims.json";

    /**
     * The columns are the export adapter's CTDC vocabulary (its unit test pins every name); here:
     * 35 of them, each a name of the allowed kinds, so no other field can leave.
     */
    private static final List<String> COLUMNS = CtdcVocabulary.names();

    @Test
    void the_columns_are_only_of_the_allowed_kinds() {
        assertThat(COLUMNS).hasSize(35).doesNotHaveDuplicates().allMatch(name -> name.matches(
                "yearOfRegistration|gender|ageBroad|citizenship|meansOfControl[A-Za-z]+|is[A-Za-z]+|recruiterRelation[A-Za-z]+"));
        assertThat(String.join(",", COLUMNS).toLowerCase(java.util.Locale.ROOT)).doesNotContain("name", "cnic", "birth", "date", "id,",
                "pseudonym", "fir", "case", "address", "contact");
    }

    // ------------------------------------------------------------ recording through the GraphQL API

    private static JsonPath graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        JsonPath result = given().auth().oauth2(Tokens.of("investigator")).contentType(ContentType.JSON).body(body)
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("errors")).as(result.prettify()).isNull();
        return result;
    }

    private static JsonPath registerCase(String registeredOn) {
        return graphql("mutation($input: RegisterCaseInput!) { registerCase(input: $input) { case { id firNumber } } }",
                Map.of("input", Map.of("firNumber", "EXP-" + UUID.randomUUID(), "office", "FIA-AHTC-LAHORE",
                        "registeredOn", registeredOn, "sections", List.of("PACHTO-3"))))
                .setRootPath("data.registerCase.case");
    }

    /** Adds a victim; returns the case's victims as the API shows them (id, pseudonym, recruiterRelation). */
    private static JsonPath addVictim(String caseId, Map<String, Object> victim) {
        Map<String, Object> input = new HashMap<>(victim);
        input.put("caseId", caseId);
        return graphql("mutation($input: AddVictimInput!) { addVictim(input: $input) { case { victims { id pseudonym recruiterRelation } } } }",
                Map.of("input", input)).setRootPath("data.addVictim.case");
    }

    // ------------------------------------------------------------ exporting over HTTP

    private static Response export(String user, String path, Map<String, ?> query) {
        return given().auth().oauth2(Tokens.of(user)).queryParams(query).when().get(path);
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(COLUMNS);
            return new ArrayList<>(parser.getRecords());
        }
    }

    // ------------------------------------------------------------ the tests

    @Test
    void no_name_cnic_address_date_of_birth_nor_any_id_leaves_and_the_columns_are_exactly_the_ctdc_ones() throws IOException {
        JsonPath registered = registerCase("2011-09-01");
        String caseId = registered.getString("id");
        List<String> secrets = new ArrayList<>(List.of(caseId, registered.getString("firNumber")));
        String[][] people = {
                {"Zarmina Qadeer Exportova", "42101-7654321-3", "House 99 Gali Khamosh Kasur", "1994-07-13"},
                {"Bakhtawar Noor Exportova", "42101-7654321-5", "Mohalla Sunsaan Okara", "1994-08-21"},
                {"Palwasha Gul Exportova", "42101-7654321-7", "Basti Veeran Sahiwal", "1995-01-02"}};
        JsonPath victims = null;
        for (String[] person : people) {
            victims = addVictim(caseId, Map.of(
                    "identity", Map.of("name", person[0], "cnic", person[1], "address", person[2], "contact", "+92 321 5550199"),
                    "gender", "FEMALE", "dateOfBirth", person[3], "nationality", "KI",
                    "exploitation", List.of("DOMESTIC_SERVITUDE"), "recruiterRelation", "FRIEND"));
            secrets.addAll(List.of(person));
            secrets.add(person[3].replace("-", "")); // nor in another notation
            secrets.add(person[3].substring(8, 10) + "/" + person[3].substring(5, 7) + "/" + person[3].substring(0, 4));
        }
        secrets.add("+92 321 5550199");
        secrets.addAll(victims.getList("victims.id"));
        secrets.addAll(victims.getList("victims.pseudonym"));
        assertThat(victims.getList("victims.recruiterRelation")).containsOnly("FRIEND");

        Map<String, Object> query = Map.of("from", 2011, "k", 3);
        String csvBody = export("analyst", CSV, query).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        String jsonBody = export("analyst", JSON, query).then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();
        for (String secret : secrets) {
            assertThat(csvBody).as("the CSV export").doesNotContainIgnoringCase(secret);
            assertThat(jsonBody).as("the JSON export").doesNotContainIgnoringCase(secret);
        }
        // No fragment of the pseudonyms either (V-2011-...), nor a year of birth.
        assertThat(csvBody + jsonBody).doesNotContain("V-2011-", "1994", "1995");

        List<CSVRecord> ours = csv(csvBody).stream().filter(r -> r.get("citizenship").equals("KI")).toList();
        assertThat(ours).hasSize(3).allSatisfy(r -> {
            assertThat(r.toMap()).containsEntry("yearOfRegistration", "2011").containsEntry("gender", "Female")
                    .containsEntry("ageBroad", "9--17").containsEntry("isForcedLabour", "1")
                    .containsEntry("recruiterRelationFriend", "1").containsEntry("meansOfControlNotSpecified", "1");
        });
        JsonPath json = JsonPath.from(jsonBody);
        assertThat(json.getList("columns", String.class)).containsExactlyElementsOf(COLUMNS);
        List<Map<String, Object>> rows = json.getList("victims");
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.keySet()).containsExactlyElementsOf(COLUMNS));
        assertThat(rows).filteredOn(row -> "KI".equals(row.get("citizenship"))).hasSize(3);
        assertThat(json.getMap("$").keySet())
                .containsExactlyInAnyOrder("standard", "fromYear", "toYear", "k", "suppressed", "columns", "victims");
    }

    @Test
    void a_group_smaller_than_k_is_suppressed_and_counted_and_a_group_of_k_is_published() throws IOException {
        Map<String, Object> query = Map.of("from", 2012, "to", 2012, "k", 3);
        long suppressedBefore = Long.parseLong(export("admin", CSV, query).then().statusCode(200)
                .extract().header("Insaf-Suppressed-Rows"));

        String caseId = registerCase("2012-04-10").getString("id");
        for (int i = 0; i < 3; i++) { // k women of 22: published
            addVictim(caseId, Map.of("identity", Map.of("name", "Woman " + i), "gender", "FEMALE", "estimatedAge", 22,
                    "estimatedOn", "2012-04-10", "nationality", "MH", "exploitation", List.of("FORCED_LABOUR")));
        }
        for (int i = 0; i < 2; i++) { // k - 1 men of 35: held back
            addVictim(caseId, Map.of("identity", Map.of("name", "Man " + i), "gender", "MALE", "estimatedAge", 35,
                    "estimatedOn", "2012-04-10", "nationality", "MH", "exploitation", List.of("FORCED_LABOUR")));
        }

        Response response = export("admin", CSV, query);
        response.then().statusCode(200).header("Insaf-K", "3");
        List<CSVRecord> ours = csv(response.asString()).stream().filter(r -> r.get("citizenship").equals("MH")).toList();
        assertThat(ours).hasSize(3).allSatisfy(r -> assertThat(r.get("gender")).isEqualTo("Female"))
                .allSatisfy(r -> assertThat(r.get("ageBroad")).isEqualTo("21--23"));
        assertThat(Long.parseLong(response.header("Insaf-Suppressed-Rows"))).isEqualTo(suppressedBefore + 2);

        JsonPath json = export("admin", JSON, query).then().statusCode(200).extract().jsonPath();
        assertThat(json.getLong("suppressed")).isEqualTo(suppressedBefore + 2);
        assertThat(json.getList("victims.citizenship")).filteredOn("MH"::equals).hasSize(3);

        // Raising k to 4 holds the women back as well.
        Map<String, Object> stricter = Map.of("from", 2012, "k", 4);
        assertThat(csv(export("admin", CSV, stricter).then().statusCode(200).extract().asString()))
                .noneMatch(r -> r.get("citizenship").equals("MH"));
    }

    @Test
    void the_recruiter_relation_is_recorded_through_the_api_and_unknown_when_left_out() {
        String caseId = registerCase("2013-02-01").getString("id");
        addVictim(caseId, Map.of("identity", Map.of("name", "First"), "recruiterRelation", "INTIMATE_PARTNER"));
        JsonPath victims = addVictim(caseId, Map.of("identity", Map.of("name", "Second")));
        assertThat(victims.getList("victims.recruiterRelation")).containsExactly("INTIMATE_PARTNER", "UNKNOWN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "admin"})
    void analysts_and_admins_export_with_the_ctdc_k_by_default(String user) {
        for (String path : List.of(CSV, JSON)) {
            export(user, path, Map.of("from", 2015, "to", 2016)).then().statusCode(200)
                    .header("Insaf-K", "11")
                    .header("Content-Disposition", startsWith("attachment; filename=\"ctdc-victims-2015-2016."));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"investigator", "prosecutor", "judge", "investigator2"})
    void no_other_role_exports(String user) {
        for (String path : List.of(CSV, JSON)) {
            export(user, path, Map.of("from", 2015)).then().statusCode(403);
        }
    }

    @Test
    void without_a_token_or_with_a_bad_one_the_answer_is_401() {
        for (String path : List.of(CSV, JSON)) {
            given().queryParam("from", 2015).when().get(path).then().statusCode(401);
            given().auth().oauth2("not.a.token").queryParam("from", 2015).when().get(path).then().statusCode(401);
        }
    }

    @Test
    void bad_parameters_are_400_with_the_rule_in_words() {
        export("analyst", CSV, Map.of("from", 2015, "k", 2)).then().statusCode(400)
                .body("code", equalTo("BAD_INPUT"))
                .body("message", equalTo("k may be raised, not lowered: every published group has at least 3 victims, not 2"));
        export("analyst", JSON, Map.of()).then().statusCode(400).body("message", equalTo("from (a year) is required"));
        export("analyst", JSON, Map.of("from", "last year")).then().statusCode(400)
                .body("message", equalTo("from must be a whole number, not 'last year'"));
        export("analyst", CSV, Map.of("from", 2017, "to", 2016)).then().statusCode(400)
                .body("message", equalTo("a range of years runs forward: 2017 is after 2016"));
        export("analyst", CSV, Map.of("from", 2015, "to", 9999)).then().statusCode(400)
                .body("message", equalTo("there are no registrations yet in 9999"));
    }
}
