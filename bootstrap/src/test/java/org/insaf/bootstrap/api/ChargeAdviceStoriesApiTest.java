package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.CaseStoryApiTest.idOf;
import static org.insaf.bootstrap.api.CaseStoryApiTest.mutate;
import static org.insaf.bootstrap.api.CaseStoryApiTest.ok;

/**
 * The law as a prosecutor tries it (statutes.md, "Corrections found by review"): charge advice for
 * five stories through the API, each with the statutes that apply, those that do not and the
 * missing elements named; and a trafficking charge on smuggling facts refused, changing nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class ChargeAdviceStoriesApiTest {

    static final String ADVICE = "query($id: ID!, $facts: FactsInput) { chargeAdvice(caseId: $id, facts: $facts) "
            + "{ statutes { statute { code version } applicable inForce scopeFits "
            + "met { kind requirement explanation } missing { kind requirement explanation } } } }";

    /** A case under investigation with one victim; returns {caseId, victimId}. */
    static String[] caseWithVictim(String registeredOn, String section, String gender, String dateOfBirth) {
        String caseId = ok("investigator", "registerCase", Map.of("firNumber", "LAW-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", registeredOn, "sections", List.of(section))).getString("id");
        ok("investigator", "startInvestigation", Map.of("caseId", caseId, "startedOn", registeredOn));
        JsonPath c = ok("investigator", "addVictim", Map.of("caseId", caseId, "identity", Map.of("name", "Withheld"),
                "gender", gender, "dateOfBirth", dateOfBirth, "nationality", "PK"));
        return new String[] {caseId, c.getString("victims[0].id")};
    }

    static JsonPath advice(String caseId, Map<String, Object> facts) {
        JsonPath result = Gql.as("investigator", ADVICE, Map.of("id", caseId, "facts", facts)).extract().jsonPath();
        assertThat(result.getList("errors")).as(result.prettify()).isNull();
        return result.setRootPath("data.chargeAdvice.statutes");
    }

    static List<String> applicable(JsonPath advice) {
        return advice.getList("findAll { it.applicable }.statute.code");
    }

    static List<String> missing(JsonPath advice, String code) {
        return advice.getList("find { it.statute.code == '" + code + "' }.missing.requirement");
    }

    static Map<String, Object> facts(List<String> acts, List<String> means, List<String> purposes, List<String> route,
                                     String offenceDate) {
        return Map.of("acts", acts, "means", means, "purposes", purposes, "route", route, "offenceDate", offenceDate);
    }

    @Test
    void a_15_year_old_girl_recruited_for_sexual_exploitation_in_2019_without_means() {
        String caseId = caseWithVictim("2019-07-01", "PTPA-3-AGG", "FEMALE", "2004-01-10")[0];
        JsonPath advice = advice(caseId, facts(List.of("RECRUITMENT", "HARBOURING"), List.of(),
                List.of("SEXUAL_EXPLOITATION"), List.of("PK"), "2019-06-01"));

        assertThat(applicable(advice)).contains("PTPA-3-AGG", "PPC-366A").doesNotContain("PPC-369A", "PTPA-3");
        assertThat(missing(advice, "PPC-369A")).containsExactly("one of the means: force, coercion, fraud");
        assertThat(advice.getList("find { it.statute.code == 'PTPA-3-AGG' }.met.explanation", String.class))
                .contains("not needed: every victim concerned was under 18 on 2019-06-01");
    }

    @Test
    void the_same_girl_in_2016_when_the_ptpa_was_not_in_force() {
        String caseId = caseWithVictim("2016-07-01", "PPC-366A", "FEMALE", "2001-01-10")[0];
        JsonPath advice = advice(caseId, facts(List.of("RECRUITMENT", "HARBOURING"), List.of(),
                List.of("SEXUAL_EXPLOITATION"), List.of("PK"), "2016-06-01"));

        assertThat(applicable(advice)).contains("PPC-366A").doesNotContain("PPC-369A", "PTPA-3-AGG", "PTPA-3");
        assertThat(missing(advice, "PPC-369A")).containsExactly("one of the means: force, coercion, fraud");
        assertThat(advice.getBoolean("find { it.statute.code == 'PTPA-3-AGG' }.inForce")).isFalse();
    }

    @Test
    void an_adult_man_who_paid_an_agent_to_reach_greece_is_smuggled_not_trafficked() {
        String[] ids = caseWithVictim("2023-04-01", "PSMA-3", "MALE", "1995-03-01");
        String caseId = ids[0];
        Map<String, Object> smuggled = Map.of("acts", List.of("RECRUITMENT", "TRANSPORTATION", "PROCURING_ILLEGAL_ENTRY"),
                "means", List.of(), "purposes", List.of(), "route", List.of("PK", "IR", "TR", "GR"),
                "offenceDate", "2023-03-01", "circumstances", List.of("FOR_FINANCIAL_OR_MATERIAL_BENEFIT"));
        JsonPath advice = advice(caseId, smuggled);

        assertThat(applicable(advice)).contains("PSMA-3")
                .doesNotContain("PTPA-3", "PTPA-3-AGG", "PPC-369A", "PPC-370", "PPC-371A", "PPC-374");
        assertThat(missing(advice, "PTPA-3")).anyMatch(m -> m.startsWith("one of the purposes"));

        // Charging him with trafficking is refused with the missing purpose named, and changes nothing.
        String accused = ok("investigator", "addAccused", Map.of("caseId", caseId, "name", "Agent of Gujrat",
                "roles", List.of("SMUGGLER"), "nationality", "PK")).getString("accused[0].id");
        ok("admin", "assignCase", Map.of("caseId", caseId, "prosecutor", idOf("prosecutor"),
                "court", "SESSIONS-COURT-LAHORE", "judge", idOf("judge")));
        String before = Gql.as("prosecutor", "query($id: ID!) { case(id: $id) { version status charges { id } } }",
                Map.of("id", caseId)).extract().asString();
        JsonPath refused = mutate("prosecutor", "fileChargeSheet", Map.of("caseId", caseId, "filedOn", "2023-05-01",
                "charges", List.of(Map.of("accusedId", accused, "statute", "PTPA-3", "victimIds", List.of(ids[1]),
                        "facts", smuggled))));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(refused.getString("errors[0].extensions.rule")).isEqualTo("ELEMENTS_SATISFIED");
        assertThat(refused.getString("errors[0].message")).contains("PTPA-3").contains("one of the purposes");
        assertThat(Gql.as("prosecutor", "query($id: ID!) { case(id: $id) { version status charges { id } } }",
                Map.of("id", caseId)).extract().asString()).isEqualTo(before);
    }

    @Test
    void bonded_labour_at_a_brick_kiln_with_debt_and_threats_in_2017() {
        String caseId = caseWithVictim("2017-05-01", "BLAA-11", "MALE", "1980-01-01")[0];
        JsonPath advice = advice(caseId, facts(List.of("RECRUITMENT", "ADVANCING_BONDED_DEBT",
                        "EXTRACTING_BONDED_LABOUR", "COMPELLING_LABOUR"), List.of("DEBT_BONDAGE", "PHYSICAL_THREATS"),
                List.of("BONDED_LABOUR"), List.of("PK"), "2017-04-01"));

        assertThat(applicable(advice)).contains("BLAA-11", "PPC-369A", "PPC-374")
                .doesNotContain("PTPA-3", "PACHTO-3");
        assertThat(advice.getBoolean("find { it.statute.code == 'PACHTO-3' }.scopeFits")).isFalse();
    }

    @Test
    void a_woman_taken_to_oman_in_2015_by_a_fake_marriage_for_prostitution() {
        String caseId = caseWithVictim("2015-06-01", "PACHTO-3", "FEMALE", "1994-08-01")[0];
        JsonPath advice = advice(caseId, facts(List.of("RECRUITMENT", "MARRYING", "TRANSPORTATION", "TRANSFER"),
                List.of("DECEPTION", "FALSE_PROMISES"), List.of("PROSTITUTION"), List.of("PK", "OM"), "2015-02-01"));

        assertThat(applicable(advice)).contains("PACHTO-3", "PPC-371A", "PPC-493A", "PPC-496", "EO-18")
                .doesNotContain("PPC-369A", "PTPA-3-AGG");
        assertThat(advice.getBoolean("find { it.statute.code == 'PPC-369A' }.inForce")).isFalse();
    }
}
