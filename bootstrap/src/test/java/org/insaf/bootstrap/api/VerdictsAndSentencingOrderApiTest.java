package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.Prepared;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.Stage;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.input;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.prepare;
import static org.insaf.bootstrap.api.CaseStoryApiTest.mutate;
import static org.insaf.bootstrap.api.CaseStoryApiTest.ok;

/**
 * Verdicts as courts give them (s.265-E, s.494, s.345, s.431 CrPC) and the sentencing order (s.35,
 * s.382-B, s.544-A CrPC; PPC s.65), end to end with the demo users' real tokens: the judge of the case
 * records them, the prosecutor and the investigator may not, and the law's refusals name their rule.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class VerdictsAndSentencingOrderApiTest {

    private static final String DAY = "2017-03-11";
    private static final String VERDICT = """
            fragment V on Case { status charges { verdict { outcome date onGuiltyPlea effect compoundedBy accusedDiedOn } } }
            """;

    private static JsonPath verdict(String user, Prepared p, Map<String, Object> particulars) {
        Map<String, Object> in = input("caseId", p.caseId(), "chargeId", p.chargeId(), "givenOn", "2017-09-01");
        in.putAll(particulars);
        return Gql.as(user, "mutation($input: RecordVerdictInput!) { recordVerdict(input: $input) { case { ...V } } }"
                + VERDICT, Map.of("input", in)).extract().jsonPath();
    }

    private static void refused(JsonPath answer, String code, String rule) {
        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo(code);
        if (rule != null) {
            assertThat(answer.getString("errors[0].extensions.rule")).isEqualTo(rule);
        }
        assertThat(answer.getString("errors[0].message")).isNotBlank();
    }

    @Test
    void the_judge_convicts_on_a_plea_of_guilty_and_the_prosecutor_and_investigator_may_not() {
        Prepared p = prepare(Stage.ON_TRIAL, DAY);
        refused(verdict("prosecutor", p, Map.of("outcome", "CONVICTED", "onGuiltyPlea", true)), "FORBIDDEN", null);
        refused(verdict("investigator", p, Map.of("outcome", "CONVICTED", "onGuiltyPlea", true)), "FORBIDDEN", null);
        JsonPath c = verdict("judge", p, Map.of("outcome", "CONVICTED", "onGuiltyPlea", true))
                .setRootPath("data.recordVerdict.case");
        assertThat(c.getString("charges[0].verdict.outcome")).isEqualTo("CONVICTED");
        assertThat(c.getBoolean("charges[0].verdict.onGuiltyPlea")).isTrue();
        assertThat(c.getString("charges[0].verdict.effect")).isEqualTo("CONVICTION");
    }

    @Test
    void a_withdrawal_before_the_charge_is_framed_discharges_and_decides_the_case() {
        Prepared p = prepare(Stage.CHARGED, DAY);
        JsonPath c = verdict("judge", p, Map.of("outcome", "WITHDRAWN")).setRootPath("data.recordVerdict.case");
        assertThat(c.getString("charges[0].verdict.effect")).isEqualTo("DISCHARGE");
        assertThat(c.getString("status")).isEqualTo("DECIDED");
    }

    @Test
    void a_trafficking_offence_cannot_be_compounded_and_particulars_go_only_with_their_outcome() {
        Prepared p = prepare(Stage.ON_TRIAL, DAY);
        refused(verdict("judge", p, Map.of("outcome", "COMPOUNDED", "compoundedBy", p.victimId())),
                "INVARIANT_VIOLATED", "COMPOUNDING");
        refused(verdict("judge", p, Map.of("outcome", "CONVICTED", "compoundedBy", p.victimId())), "BAD_INPUT", null);
        refused(verdict("judge", p, Map.of("outcome", "ABATED")), "BAD_INPUT", null);
        JsonPath unchanged = Gql.as("judge", "query($id: ID!) { case(id: $id) { version charges { verdict { outcome } } } }",
                Map.of("id", p.caseId())).extract().jsonPath();
        assertThat(unchanged.getInt("data.case.version")).isEqualTo(p.version());
        assertThat(unchanged.getString("data.case.charges[0].verdict")).isNull();
    }

    @Test
    void the_death_of_the_accused_abates_the_proceedings_on_its_date() {
        Prepared p = prepare(Stage.ON_TRIAL, DAY);
        refused(verdict("judge", p, Map.of("outcome", "ABATED", "accusedDiedOn", "2017-01-01")),
                "INVARIANT_VIOLATED", "ABATEMENT_ON_DEATH");
        JsonPath c = verdict("judge", p, Map.of("outcome", "ABATED", "accusedDiedOn", "2017-08-20"))
                .setRootPath("data.recordVerdict.case");
        assertThat(c.getString("charges[0].verdict.outcome")).isEqualTo("ABATED");
        assertThat(c.getString("charges[0].verdict.accusedDiedOn")).isEqualTo("2017-08-20");
        assertThat(c.getString("charges[0].verdict.effect")).isEqualTo("ABATEMENT");
        assertThat(c.getString("status")).isEqualTo("DECIDED");
    }

    @Test
    void the_sentencing_order_shows_the_total_term_and_release_date_within_the_quarter_of_PPC_s65() {
        Prepared p = prepare(Stage.DECIDED, DAY);
        // PACHTO-3: up to 14 years, so at most 3 years 6 months in default of the fine.
        Map<String, Object> tooLong = input("caseId", p.caseId(), "accusedId", p.accusedId(), "pronouncedOn", "2017-09-15",
                "custodyCreditDays", 45, "directions", List.of(Map.of("chargeId", p.chargeId(), "run", 1,
                        "description", "SIMPLE", "inDefaultYears", 3, "inDefaultMonths", 6, "inDefaultDays", 1)));
        refused(mutate("judge", "makeSentencingOrder", tooLong), "INVARIANT_VIOLATED", "IMPRISONMENT_IN_DEFAULT_OF_FINE");
        Map<String, Object> order = input("caseId", p.caseId(), "accusedId", p.accusedId(), "pronouncedOn", "2017-09-15",
                "custodyCreditDays", 45, "directions", List.of(Map.of("chargeId", p.chargeId(), "run", 1,
                        "description", "SIMPLE", "inDefaultYears", 3, "inDefaultMonths", 6)),
                "compensation", List.of(Map.of("victimId", p.victimId(), "amountPkr", 250000, "under", "CRPC_544A")));
        refused(mutate("prosecutor", "makeSentencingOrder", order), "FORBIDDEN", null);
        refused(mutate("investigator", "makeSentencingOrder", order), "FORBIDDEN", null);
        JsonPath c = ok("judge", "makeSentencingOrder", order);
        assertThat(c.getString("sentencingOrders[0].totalTerm")).isEqualTo("10 years");
        assertThat(c.getInt("sentencingOrders[0].custodyCreditDays")).isEqualTo(45);
        // 2027-09-15 less 45 days
        assertThat(c.getString("sentencingOrders[0].releaseDate")).isEqualTo("2027-08-01");
        JsonPath read = Gql.as("judge", "query($id: ID!) { case(id: $id) { sentencingOrders { totalTermYears "
                + "directions { chargeId run description inDefaultYears inDefaultMonths inDefaultDays } "
                + "compensation { victimId amountPkr under } } } }", Map.of("id", p.caseId())).extract().jsonPath()
                .setRootPath("data.case.sentencingOrders[0]");
        assertThat(read.getInt("totalTermYears")).isEqualTo(10);
        assertThat(read.getString("directions[0].description")).isEqualTo("SIMPLE");
        assertThat(read.getInt("directions[0].inDefaultMonths")).isEqualTo(6);
        assertThat(read.getLong("compensation[0].amountPkr")).isEqualTo(250000L);
        refused(mutate("judge", "makeSentencingOrder", order), "INVARIANT_VIOLATED", "SENTENCING_ORDER");
    }
}
