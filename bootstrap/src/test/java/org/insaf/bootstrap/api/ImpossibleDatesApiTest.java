package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.StrictInputApiTest.state;
import static org.insaf.bootstrap.api.StrictInputApiTest.with;

/**
 * Issue 13: dates that cannot be true are refused through the API, each with its code and rule,
 * and the case is as it was. "Today" is the service's: the day in Pakistan.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class ImpossibleDatesApiTest {

    private static final String LAHORE = "FIA-AHTC-LAHORE";

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }

    /** Refused with that code and rule; the case (when given) is exactly as before. */
    private static JsonPath refused(String user, String mutation, Map<String, Object> input, String code, String rule,
                                    String caseId) {
        String before = caseId == null ? null : state("investigator", caseId);
        JsonPath result = CaseStoryApiTest.mutate(user, mutation, input);
        assertThat(result.getString("errors[0].extensions.code")).as(result.prettify()).isEqualTo(code);
        assertThat(result.getString("errors[0].extensions.rule")).as(result.prettify()).isEqualTo(rule);
        assertThat((Object) result.get("data")).isNull();
        if (caseId != null) {
            assertThat(state("investigator", caseId)).as("the case after the refusal").isEqualTo(before);
        }
        return result;
    }

    private static String investigatedCase() {
        String caseId = CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "DATES-" + UUID.randomUUID(),
                "office", LAHORE, "registeredOn", "2017-03-10", "sections", List.of("PACHTO-3"))).getString("id");
        CaseStoryApiTest.ok("investigator", "startInvestigation", Map.of("caseId", caseId, "startedOn", "2017-03-12"));
        return caseId;
    }

    private static Map<String, Object> facts(String offenceDate) {
        return Map.of("acts", List.of("RECRUITMENT"), "means", List.of("DECEPTION"), "purposes", List.of("SEXUAL_EXPLOITATION"),
                "route", List.of("PK", "OM"), "offenceDate", offenceDate);
    }

    @Test
    void a_date_of_birth_or_an_age_estimate_in_the_future_is_refused_and_today_is_not() {
        String caseId = investigatedCase();
        String tomorrow = today().plusDays(1).toString();
        Map<String, Object> victim = Map.of("caseId", caseId, "identity", Map.of("name", "Bano"));
        JsonPath born = refused("investigator", "addVictim", with(victim, "dateOfBirth", tomorrow), "INVARIANT_VIOLATED",
                "BUSINESS_DATE", caseId);
        assertThat(born.getString("errors[0].message")).contains("date of birth " + tomorrow).contains("future");
        refused("investigator", "addVictim", with(with(victim, "estimatedAge", 4), "estimatedOn", tomorrow),
                "INVARIANT_VIOLATED", "BUSINESS_DATE", caseId);
        assertThat(CaseStoryApiTest.ok("investigator", "addVictim", with(victim, "dateOfBirth", today().toString()))
                .getList("victims")).hasSize(1);
    }

    @Test
    void an_offence_date_in_the_future_is_refused() {
        String caseId = investigatedCase();
        refused("investigator", "recordFacts", Map.of("caseId", caseId, "facts", facts(today().plusDays(1).toString())),
                "INVARIANT_VIOLATED", "BUSINESS_DATE", caseId);
        assertThat(CaseStoryApiTest.ok("investigator", "recordFacts", Map.of("caseId", caseId,
                "facts", facts(today().toString()))).getString("recordedFacts.offenceDate")).isEqualTo(today().toString());
    }

    @Test
    void a_victim_born_after_the_offence_date_is_refused_whichever_is_recorded_first() {
        String caseId = investigatedCase();
        CaseStoryApiTest.ok("investigator", "addVictim", Map.of("caseId", caseId, "identity", Map.of("name", "Bano"),
                "dateOfBirth", "2010-05-01"));
        JsonPath before = refused("investigator", "recordFacts", Map.of("caseId", caseId, "facts", facts("2010-04-30")),
                "INVARIANT_VIOLATED", "BORN_BY_OFFENCE_DATE", caseId);
        assertThat(before.getString("errors[0].message")).contains("2010-05-01").contains("2010-04-30");
        CaseStoryApiTest.ok("investigator", "recordFacts", Map.of("caseId", caseId, "facts", facts("2010-05-01")));
        refused("investigator", "addVictim", Map.of("caseId", caseId, "identity", Map.of("name", "Gul"),
                "dateOfBirth", "2010-05-02"), "INVARIANT_VIOLATED", "BORN_BY_OFFENCE_DATE", caseId);
    }

    @Test
    void a_hearing_or_a_verdict_before_the_charge_sheet_is_refused() {
        String caseId = investigatedCase();
        String victimId = CaseStoryApiTest.ok("investigator", "addVictim", Map.of("caseId", caseId,
                "identity", Map.of("name", "Bano"), "dateOfBirth", "2000-01-01")).getString("victims[0].id");
        String accusedId = CaseStoryApiTest.ok("investigator", "addAccused", Map.of("caseId", caseId, "name", "Rashid",
                "roles", List.of("RECRUITER"))).getString("accused[0].id");
        CaseStoryApiTest.ok("investigator", "recordFacts", Map.of("caseId", caseId, "facts", facts("2017-02-20")));
        CaseStoryApiTest.ok("admin", "assignCase", Map.of("caseId", caseId, "prosecutor", CaseStoryApiTest.idOf("prosecutor"),
                "court", "SESSIONS-COURT-LAHORE", "judge", CaseStoryApiTest.idOf("judge")));

        // A charge whose offence date precedes the victim's birth.
        refused("prosecutor", "fileChargeSheet", Map.of("caseId", caseId, "filedOn", "2017-06-01", "charges", List.of(
                Map.of("accusedId", accusedId, "statute", "PACHTO-3", "victimIds", List.of(victimId),
                        "facts", facts("1999-12-31")))), "INVARIANT_VIOLATED", "BORN_BY_OFFENCE_DATE", caseId);

        String chargeId = CaseStoryApiTest.ok("prosecutor", "fileChargeSheet", Map.of("caseId", caseId, "filedOn", "2017-06-01",
                "charges", List.of(Map.of("accusedId", accusedId, "statute", "PACHTO-3", "victimIds", List.of(victimId)))))
                .getString("charges[0].id");
        CaseStoryApiTest.ok("judge", "openTrial", Map.of("caseId", caseId, "openedOn", "2017-06-01"));
        refused("judge", "recordHearing", Map.of("caseId", caseId, "date", "2017-05-31", "court", "SESSIONS-COURT-LAHORE",
                "proceedings", "Charge framed"), "INVARIANT_VIOLATED", "BUSINESS_DATE", caseId);
        refused("judge", "recordVerdict", Map.of("caseId", caseId, "chargeId", chargeId, "outcome", "ACQUITTED",
                "givenOn", "2017-05-31"), "INVARIANT_VIOLATED", "BUSINESS_DATE", caseId);
        refused("judge", "recordHearing", Map.of("caseId", caseId, "date", today().plusDays(1).toString(),
                "court", "SESSIONS-COURT-LAHORE", "proceedings", "Charge framed"), "INVARIANT_VIOLATED", "BUSINESS_DATE", caseId);
        CaseStoryApiTest.ok("judge", "recordHearing", Map.of("caseId", caseId, "date", "2017-06-01",
                "court", "SESSIONS-COURT-LAHORE", "proceedings", "Charge framed", "nextDate", today().plusDays(30).toString()));
    }

    @Test
    void an_fir_section_not_in_the_catalogue_is_bad_input_naming_it_and_nothing_is_registered() {
        String fir = "SECTIONS-" + UUID.randomUUID();
        Map<String, Object> register = Map.of("firNumber", fir, "office", LAHORE, "registeredOn", "2017-03-10");
        JsonPath unknown = refused("investigator", "registerCase", with(register, "sections", List.of("PACHTO-3", "EO-99")),
                "BAD_INPUT", "FIR_SECTION_IN_CATALOGUE", null);
        assertThat(unknown.getString("errors[0].message")).contains("EO-99").contains("otherSections");

        // The same FIR is still free: nothing was stored. A section of another law goes beside the catalogue's.
        JsonPath c = Gql.as("investigator", "mutation($input: RegisterCaseInput!) { registerCase(input: $input) "
                        + "{ case { firSections otherSections } } }",
                Map.of("input", with(with(register, "sections", List.of("PACHTO-3")), "otherSections",
                        List.of("Emigration Ordinance 1979 s.18")))).extract().jsonPath();
        assertThat(c.getList("errors")).as(c.prettify()).isNull();
        assertThat(c.getList("data.registerCase.case.firSections")).containsExactly("PACHTO-3");
        assertThat(c.getList("data.registerCase.case.otherSections")).containsExactly("Emigration Ordinance 1979 s.18");
    }
}
