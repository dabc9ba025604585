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
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.idOf;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.input;
import static org.insaf.bootstrap.api.CaseStoryApiTest.mutate;
import static org.insaf.bootstrap.api.CaseStoryApiTest.ok;

/**
 * Issue 17 items 2 and 3 end to end, with the demo users' real tokens: two accused, one absconds and
 * is proclaimed; bail is refused without a reason (refused), refused with one, then granted; the other
 * is tried while the case waits for the absconder; arrested two years later, the absconder is charged
 * by a supplementary charge sheet and tried, and only then is the case decided.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class AbsconderStoryApiTest {

    private static final String COURT = "SESSIONS-COURT-LAHORE";

    @Test
    void an_absconder_is_tried_later_on_a_supplementary_charge_sheet() {
        String fir = "ABSC-" + UUID.randomUUID() + "/2017";
        JsonPath c = ok("investigator", "registerCase", input("firNumber", fir, "office", "FIA-AHTC-LAHORE",
                "registeredOn", "2017-03-10", "sections", List.of("PACHTO-3")));
        String id = c.getString("id");
        ok("admin", "assignCase", input("caseId", id, "prosecutor", idOf("prosecutor"), "court", COURT,
                "judge", idOf("judge")));
        ok("investigator", "startInvestigation", input("caseId", id, "startedOn", "2017-03-12"));
        c = ok("investigator", "addVictim", AuthorizationMatrixApiTest.victimInput(id));
        String victim = c.getString("victims[0].id");
        c = ok("investigator", "addAccused", input("caseId", id, "name", "Tried First", "roles", List.of("RECRUITER")));
        String tried = c.getString("accused[0].id");
        assertThat(c.getString("accused[0].custody")).isEqualTo("NOT_ARRESTED");
        assertThat(c.getString("accused[0].custodySince")).isEqualTo("2017-03-12");
        c = ok("investigator", "addAccused", input("caseId", id, "name", "The Absconder", "roles", List.of("TRANSPORTER")));
        String absconder = c.getString("accused[1].id");
        ok("investigator", "recordFacts", input("caseId", id, "facts", AuthorizationMatrixApiTest.FACTS));

        // Bail for the one arrested: PACHTO is non-bailable, so the court's order gives its reason.
        ok("investigator", "arrestAccused", input("caseId", id, "accusedId", tried, "arrestedOn", "2017-03-20"));
        c = ok("judge", "applyForBail", input("caseId", id, "accusedId", tried, "court", COURT, "filedOn", "2017-03-21",
                "appliedBy", "COUNSEL"));
        String first = c.getString("accused[0].bailApplications[0].id");
        int before = c.getInt("version");
        JsonPath refused = mutate("judge", "decideBail", input("caseId", id, "applicationId", first,
                "outcome", "REFUSED", "decidedOn", "2017-03-25"));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(refused.getString("errors[0].extensions.rule")).isEqualTo("BAIL_DISCRETION_REASONED");
        assertThat(refused.getString("errors[0].message")).contains("s.497 CrPC");
        JsonPath noSurety = mutate("judge", "decideBail", input("caseId", id, "applicationId", first,
                "outcome", "GRANTED", "decidedOn", "2017-03-25", "reason", "x"));
        assertThat(noSurety.getString("errors[0].extensions.rule")).isEqualTo("BAIL_SURETY");
        c = ok("judge", "decideBail", input("caseId", id, "applicationId", first, "outcome", "REFUSED",
                "decidedOn", "2017-03-25", "reason", "Prima facie involved; may tamper with the victim"));
        assertThat(c.getInt("version")).as("the refused orders changed nothing").isEqualTo(before + 1);
        c = ok("judge", "applyForBail", input("caseId", id, "accusedId", tried, "court", COURT, "filedOn", "2017-04-20",
                "appliedBy", "ACCUSED"));
        String second = c.getString("accused[0].bailApplications[1].id");
        c = ok("judge", "decideBail", input("caseId", id, "applicationId", second, "outcome", "GRANTED",
                "decidedOn", "2017-04-25", "suretyPkr", 200000, "reason", "Investigation complete"));
        assertThat(c.getString("accused[0].custody")).isEqualTo("ON_BAIL");
        assertThat(c.getString("accused[0].custodySince")).isEqualTo("2017-04-25");

        // The other absconds and is proclaimed: not charged while at large.
        ok("investigator", "declareAbsconding", input("caseId", id, "accusedId", absconder, "declaredOn", "2017-04-26"));
        JsonPath early = mutate("judge", "declareProclaimedOffender", input("caseId", id, "accusedId", absconder,
                "proclamationPublishedOn", "2017-04-27", "propertyAttached", true, "declaredOn", "2017-05-26"));
        assertThat(early.getString("errors[0].extensions.rule")).isEqualTo("PROCLAMATION_PERIOD");
        c = ok("judge", "declareProclaimedOffender", input("caseId", id, "accusedId", absconder,
                "proclamationPublishedOn", "2017-04-27", "propertyAttached", true, "declaredOn", "2017-05-27"));
        assertThat(c.getString("accused[1].custody")).isEqualTo("PROCLAIMED_OFFENDER");
        JsonPath chargingTheAbsconder = mutate("prosecutor", "fileChargeSheet", input("caseId", id, "filedOn", "2017-06-01",
                "charges", List.of(Map.of("accusedId", absconder, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        assertThat(chargingTheAbsconder.getString("errors[0].extensions.rule")).isEqualTo("ABSCONDER_NOT_CHARGED");

        // The trial of the other goes on; with the absconder at large the case is not decided.
        c = ok("prosecutor", "fileChargeSheet", input("caseId", id, "filedOn", "2017-06-01",
                "charges", List.of(Map.of("accusedId", tried, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        String triedCharge = c.getString("charges[0].id");
        ok("judge", "openTrial", input("caseId", id, "openedOn", "2017-07-01"));
        ok("judge", "recordVerdict", input("caseId", id, "chargeId", triedCharge, "outcome", "CONVICTED",
                "givenOn", "2017-09-01"));
        c = ok("judge", "recordSentence", input("caseId", id, "chargeId", triedCharge, "pronouncedOn", "2017-09-15",
                "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000));
        assertThat(c.getString("status")).isEqualTo("ON_TRIAL");

        // Arrested two years later and charged by a supplementary charge sheet in the same case.
        ok("investigator", "arrestAccused", input("caseId", id, "accusedId", absconder, "arrestedOn", "2019-05-02"));
        c = ok("prosecutor", "fileSupplementaryChargeSheet", input("caseId", id, "filedOn", "2019-06-01",
                "charges", List.of(Map.of("accusedId", absconder, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        assertThat(c.getString("accused[1].chargedBySupplementarySheetOn")).isEqualTo("2019-06-01");
        String laterCharge = c.getString("charges[1].id");
        JsonPath again = mutate("prosecutor", "fileSupplementaryChargeSheet", input("caseId", id, "filedOn", "2019-06-02",
                "charges", List.of(Map.of("accusedId", tried, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        assertThat(again.getString("errors[0].extensions.rule")).isEqualTo("SUPPLEMENTARY_CHARGE_SHEET");
        assertThat(again.getString("errors[0].message")).contains("already been tried");
        c = ok("judge", "recordVerdict", input("caseId", id, "chargeId", laterCharge, "outcome", "ACQUITTED",
                "givenOn", "2019-10-01"));
        assertThat(c.getString("status")).isEqualTo("DECIDED");

        JsonPath history = Gql.as("judge", "query($id: ID!) { case(id: $id) { accused { custodyHistory { status since "
                + "proclamationPublishedOn propertyAttached } bailApplications { outcome suretyPkr reason } } } }",
                Map.of("id", id)).extract().jsonPath();
        assertThat(history.getList("data.case.accused[1].custodyHistory.status")).containsExactly("NOT_ARRESTED",
                "ABSCONDING", "PROCLAIMED_OFFENDER", "IN_CUSTODY");
        assertThat(history.getString("data.case.accused[1].custodyHistory[2].proclamationPublishedOn"))
                .isEqualTo("2017-04-27");
        assertThat(history.getList("data.case.accused[0].bailApplications.outcome")).containsExactly("REFUSED", "GRANTED");
        assertThat(history.getList("data.case.accused[0].bailApplications.suretyPkr")).containsExactly(null, 200000);
    }
}
