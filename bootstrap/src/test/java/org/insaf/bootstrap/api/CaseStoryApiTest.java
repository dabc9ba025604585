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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The whole story of a case through the GraphQL API with the real tokens of the demo users: FIR
 * under PACHTO-3 in 2017, a child victim trafficked out of Pakistan, two accused, assignment,
 * charge advice, charge sheet, trial, verdicts and a sentence within the law; and the refusals on
 * the way.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class CaseStoryApiTest {

    static final String CASE = """
            fragment C on Case {
              id version firNumber office firSections status registeredOn
              statusDates { status date }
              victims { id pseudonym gender dateOfBirth nationality exploitation recruiterRelation }
              accused { id name roles custody custodySince bailApplications { id outcome } chargedBySupplementarySheetOn }
              charges { id accusedId statuteCode statuteVersion victimIds
                        verdict { outcome date } sentence { kind termYears finePkr description } }
              hearings { date court proceedings nextDate }
              warnings { rule message }
              assignment { investigator prosecutor court judge }
              recordedFacts { acts means route offenceDate }
              sentencingOrders { accusedId pronouncedOn custodyCreditDays totalTerm releaseDate }
              appellate { accusedId appeals { id appellant against forum outcome admitted sentenceSuspendedOn }
                          effectiveCharges { chargeId verdict { outcome date } sentence { termYears finePkr } }
                          effectiveTerm effectiveReleaseDate }
            }
            """;

    static JsonPath mutate(String user, String mutation, Map<String, Object> input) {
        return Gql.as(user, "mutation($input: " + capitalize(mutation) + "Input!) { " + mutation
                        + "(input: $input) { case { ...C } } }" + CASE, Map.of("input", input))
                .extract().jsonPath();
    }

    static JsonPath ok(String user, String mutation, Map<String, Object> input) {
        JsonPath result = mutate(user, mutation, input);
        assertThat(result.getList("errors")).as(mutation + " by " + user + ": " + result.prettify()).isNull();
        return result.setRootPath("data." + mutation + ".case");
    }

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String idOf(String user) {
        return Gql.as(user, "{ me { id } }").extract().path("data.me.id");
    }

    @Test
    void a_case_from_fir_to_sentence() {
        String fir = "PACHTO-" + UUID.randomUUID() + "/2017";

        // The investigator of Lahore registers the FIR and investigates.
        JsonPath c = ok("investigator", "registerCase", Map.of("firNumber", fir, "office", "FIA-AHTC-LAHORE",
                "registeredOn", "2017-03-10", "sections", List.of("PACHTO-3")));
        String caseId = c.getString("id");
        assertThat(c.getString("status")).isEqualTo("REGISTERED");
        int registered = c.getInt("version");
        assertThat(c.getString("assignment.investigator")).isEqualTo(idOf("investigator"));

        c = ok("investigator", "startInvestigation", Map.of("caseId", caseId, "expectedVersion", registered, "startedOn", "2017-03-12"));
        assertThat(c.getInt("version")).isGreaterThan(registered);
        c = ok("investigator", "addVictim", Map.of("caseId", caseId,
                "identity", Map.of("name", "Ayesha Bibi", "cnic", "35202-1234567-8", "address", "Kasur"),
                "gender", "FEMALE", "dateOfBirth", "2003-05-01", "nationality", "PK",
                "vulnerabilities", List.of("POVERTY"), "exploitation", List.of("SEXUAL_EXPLOITATION")));
        String victimId = c.getString("victims[0].id");
        assertThat(c.getString("victims[0].pseudonym")).startsWith("V-2017-");
        assertThat(c.prettify()).doesNotContain("Ayesha");

        ok("investigator", "addAccused", Map.of("caseId", caseId, "name", "Rashid Khan",
                "roles", List.of("RECRUITER"), "nationality", "PK"));
        c = ok("investigator", "addAccused", Map.of("caseId", caseId, "name", "Gul Muhammad",
                "roles", List.of("TRANSPORTER"), "nationality", "PK"));
        String recruiter = c.getString("accused.find { it.name == 'Rashid Khan' }.id");
        String transporter = c.getString("accused.find { it.name == 'Gul Muhammad' }.id");

        c = ok("investigator", "recordFacts", Map.of("caseId", caseId, "facts", Map.of(
                "acts", List.of("RECRUITMENT", "HARBOURING"), "means", List.of("DECEPTION"),
                "purposes", List.of("SEXUAL_EXPLOITATION"), "route", List.of("PK", "IR", "OM"),
                "offenceDate", "2017-02-20")));
        assertThat(c.getList("recordedFacts.route")).containsExactly("PK", "IR", "OM");

        // The admin assigns the demo prosecutor and judge.
        String prosecutor = idOf("prosecutor");
        String judge = idOf("judge");
        c = ok("admin", "assignCase", Map.of("caseId", caseId, "prosecutor", prosecutor,
                "court", "SESSIONS-COURT-LAHORE", "judge", judge));
        assertThat(c.getString("assignment.prosecutor")).isEqualTo(prosecutor);
        assertThat(c.getString("assignment.judge")).isEqualTo(judge);

        // The prosecutor asks for advice on the recorded facts: PACHTO-3 fits.
        Gql.as("prosecutor", "query($id: ID!) { chargeAdvice(caseId: $id) { statutes { statute { code version } "
                        + "applicable inForce scopeFits missing { requirement } penaltyRange } } }", Map.of("id", caseId))
                .body("errors", nullValue())
                .body("data.chargeAdvice.statutes.find { it.statute.code == 'PACHTO-3' }.applicable", equalTo(true))
                .body("data.chargeAdvice.statutes.find { it.statute.code == 'PACHTO-3' }.missing", hasSize(0))
                .body("data.chargeAdvice.statutes.find { it.statute.code == 'PTPA-3' }.inForce", equalTo(false));

        // A retrospective charge: PPC-369A (in force from March 2016) for facts of 2015.
        JsonPath refused = mutate("prosecutor", "fileChargeSheet", Map.of("caseId", caseId, "filedOn", "2017-06-01",
                "charges", List.of(Map.of("accusedId", recruiter, "statute", "PPC-369A", "victimIds", List.of(victimId),
                        "facts", Map.of("acts", List.of("RECRUITMENT"), "means", List.of("FRAUD"),
                                "purposes", List.of("SEXUAL_EXPLOITATION"), "route", List.of("PK", "OM"),
                                "offenceDate", "2015-06-01")))));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(refused.getString("errors[0].extensions.rule")).isEqualTo("LAW_IN_FORCE");
        assertThat(refused.getString("errors[0].message")).contains("PPC-369A");
        assertThat((Object) refused.get("data.fileChargeSheet")).isNull();

        // The charge sheet under PACHTO-3 against both accused, on the recorded facts.
        c = ok("prosecutor", "fileChargeSheet", Map.of("caseId", caseId, "filedOn", "2017-06-01", "charges", List.of(
                Map.of("accusedId", recruiter, "statute", "PACHTO-3", "victimIds", List.of(victimId)),
                Map.of("accusedId", transporter, "statute", "PACHTO-3", "victimIds", List.of(victimId)))));
        assertThat(c.getString("status")).isEqualTo("CHARGE_SHEET_FILED");
        assertThat(c.getList("charges")).hasSize(2);
        String chargeOfRecruiter = c.getString("charges.find { it.accusedId == '" + recruiter + "' }.id");
        String chargeOfTransporter = c.getString("charges.find { it.accusedId == '" + transporter + "' }.id");

        // The judge tries the case.
        ok("judge", "openTrial", Map.of("caseId", caseId, "openedOn", "2017-07-01"));
        ok("judge", "recordHearing", Map.of("caseId", caseId, "date", "2017-07-15", "court", "SESSIONS-COURT-LAHORE",
                "proceedings", "Charge framed; accused pleaded not guilty", "nextDate", "2017-08-01"));
        c = ok("judge", "recordHearing", Map.of("caseId", caseId, "date", "2017-08-01", "court", "SESSIONS-COURT-LAHORE",
                "proceedings", "Evidence of the victim recorded in camera"));
        assertThat(c.getList("hearings")).hasSize(2);
        ok("judge", "recordVerdict", Map.of("caseId", caseId, "chargeId", chargeOfRecruiter, "outcome", "CONVICTED",
                "givenOn", "2017-09-01"));
        c = ok("judge", "recordVerdict", Map.of("caseId", caseId, "chargeId", chargeOfTransporter, "outcome", "ACQUITTED",
                "givenOn", "2017-09-01"));
        assertThat(c.getString("status")).isEqualTo("ON_TRIAL");

        // PACHTO-3: 7 to 14 years and a mandatory fine. 20 years is out of range; no fine is refused too.
        JsonPath tooLong = mutate("judge", "recordSentence", Map.of("caseId", caseId, "chargeId", chargeOfRecruiter,
                "pronouncedOn", "2017-09-15", "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 20, "finePkr", 500000));
        assertThat(tooLong.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(tooLong.getString("errors[0].extensions.rule")).isEqualTo("SENTENCE_WITHIN_LAW");
        JsonPath noFine = mutate("judge", "recordSentence", Map.of("caseId", caseId, "chargeId", chargeOfRecruiter,
                "pronouncedOn", "2017-09-15", "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10));
        assertThat(noFine.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(noFine.getString("errors[0].extensions.rule")).isEqualTo("SENTENCE_WITHIN_LAW");

        c = ok("judge", "recordSentence", Map.of("caseId", caseId, "chargeId", chargeOfRecruiter,
                "pronouncedOn", "2017-09-15", "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000));
        assertThat(c.getString("status")).isEqualTo("DECIDED");
        assertThat(c.getInt("charges.find { it.id == '" + chargeOfRecruiter + "' }.sentence.termYears")).isEqualTo(10);
        assertThat(c.getString("charges.find { it.id == '" + chargeOfTransporter + "' }.verdict.outcome")).isEqualTo("ACQUITTED");
        c = ok("judge", "closeCase", Map.of("caseId", caseId, "closedOn", "2017-10-01"));
        assertThat(c.getString("status")).isEqualTo("CLOSED");

        // Who may read what.
        String withIdentity = "query($id: ID!) { case(id: $id) { id victims { pseudonym identity { name cnic } } } }";
        Gql.as("analyst", withIdentity, Map.of("id", caseId))
                .body("data.case", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        Gql.as("analyst", "{ cases(first: 5) { edges { node { id } } } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        Gql.as("prosecutor", withIdentity, Map.of("id", caseId))
                .body("errors", nullValue())
                .body("data.case.victims[0].identity.name", equalTo("Ayesha Bibi"))
                .body("data.case.victims[0].identity.cnic", equalTo("35202-1234567-8"));
        Gql.as("admin", withIdentity, Map.of("id", caseId))
                .body("data.case.victims[0].pseudonym", notNullValue())
                .body("data.case.victims[0].identity", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", equalTo(List.of("case", "victims", 0, "identity")))
                .body("errors[0].message", containsString("assigned"));
    }

    @Test
    void a_dropped_investigation_takes_no_more_victims_and_advice_is_not_for_admins() {
        String caseId = ok("investigator", "registerCase", Map.of("firNumber", "DROP-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2022-02-01", "sections", List.of("PTPA-3"))).getString("id");
        ok("investigator", "startInvestigation", Map.of("caseId", caseId, "startedOn", "2022-02-02"));

        String advice = "query($id: ID!, $facts: FactsInput) { chargeAdvice(caseId: $id, facts: $facts) "
                + "{ statutes { statute { code } applicable inForce missing { kind requirement } } } }";
        Map<String, Object> facts = Map.of("acts", List.of("RECRUITMENT"), "means", List.of("FRAUD"),
                "purposes", List.of("FORCED_LABOUR"), "route", List.of("PK"), "offenceDate", "2022-01-15");
        Gql.as("investigator", advice, Map.of("id", caseId, "facts", facts))
                .body("errors", nullValue())
                .body("data.chargeAdvice.statutes.find { it.statute.code == 'PACHTO-3' }.inForce", equalTo(false))
                .body("data.chargeAdvice.statutes.find { it.statute.code == 'PPC-369A' }.inForce", equalTo(true));
        Gql.as("admin", advice, Map.of("id", caseId, "facts", facts))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        Gql.as("investigator", advice, Map.of("id", caseId))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("none recorded"));

        JsonPath c = ok("investigator", "closeInvestigation", Map.of("caseId", caseId,
                "reason", "The complainant withdrew and no other evidence was found", "closedOn", "2022-03-01"));
        assertThat(c.getString("status")).isEqualTo("INVESTIGATION_CLOSED");
        JsonPath refused = mutate("investigator", "addVictim", Map.of("caseId", caseId, "identity", Map.of("name", "Late Victim")));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(refused.getString("errors[0].extensions.rule")).isEqualTo("LIFECYCLE");
    }
}
