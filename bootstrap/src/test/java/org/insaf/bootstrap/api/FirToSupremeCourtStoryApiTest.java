package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.idOf;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.input;
import static org.insaf.bootstrap.api.CaseStoryApiTest.mutate;
import static org.insaf.bootstrap.api.CaseStoryApiTest.ok;

/**
 * Issue 17 item 9: README's story "From FIR to the Supreme Court", step by step as the README gives
 * it, with the demo users' real tokens. Two accused of a PACHTO-3 case of 2008: Rashid Khan is
 * arrested, refused bail, then granted it, tried, convicted and sentenced to 10 years; the High
 * Court reduces the sentence to 7 years and the Supreme Court dismisses his further appeal. Gul
 * Muhammad absconds, is proclaimed, is arrested two years later, charged by a supplementary charge
 * sheet and acquitted; the State's appeal against the acquittal succeeds in the High Court.
 * Then the yearly figures: what the story adds to each year, worked out by hand below.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class FirToSupremeCourtStoryApiTest {

    private static final String COURT = "SESSIONS-COURT-LAHORE";
    private static final int FIRST_YEAR = 2008;
    private static final int LAST_YEAR = 2012;
    private static final String FIGURES = "query($y: Int!) { statistics(year: $y) { statutes { statuteCode investigated "
            + "prosecuted convicted convictedOnAppeal convictionsSetAside } } }";

    @Test
    void from_fir_to_the_supreme_court() {
        Map<Integer, Map<String, Integer>> before = figures();

        // The investigator of Lahore registers the FIR (a child trafficked to Oman in 2007) and investigates.
        String fir = "SC-" + UUID.randomUUID().toString().substring(0, 8) + "/2008";
        JsonPath c = ok("investigator", "registerCase", input("firNumber", fir, "office", "FIA-AHTC-LAHORE",
                "registeredOn", "2008-02-04", "sections", List.of("PACHTO-3")));
        String id = c.getString("id");
        ok("admin", "assignCase", input("caseId", id, "prosecutor", idOf("prosecutor"), "court", COURT,
                "judge", idOf("judge")));
        ok("investigator", "startInvestigation", input("caseId", id, "startedOn", "2008-02-05"));
        c = ok("investigator", "addVictim", input("caseId", id, "identity", Map.of("name", "Nasreen Bibi"),
                "gender", "FEMALE", "dateOfBirth", "1993-06-01", "nationality", "PK",
                "exploitation", List.of("DOMESTIC_SERVITUDE")));
        String victim = c.getString("victims[0].id");
        c = ok("investigator", "addAccused", input("caseId", id, "name", "Rashid Khan", "roles", List.of("RECRUITER"),
                "nationality", "PK", "addedOn", "2008-02-05"));
        String rashid = c.getString("accused[0].id");
        c = ok("investigator", "addAccused", input("caseId", id, "name", "Gul Muhammad", "roles", List.of("TRANSPORTER"),
                "nationality", "PK", "addedOn", "2008-02-05"));
        String gul = c.getString("accused[1].id");
        ok("investigator", "recordFacts", input("caseId", id, "facts", Map.of("acts", List.of("RECRUITMENT", "TRANSPORTATION"),
                "means", List.of("DECEPTION"), "purposes", List.of("DOMESTIC_SERVITUDE"), "route", List.of("PK", "OM"),
                "offenceDate", "2007-11-10")));

        // Rashid is arrested; bail refused, then granted (PACHTO-3 is non-bailable: the court gives reasons).
        ok("investigator", "arrestAccused", input("caseId", id, "accusedId", rashid, "arrestedOn", "2008-02-10"));
        c = ok("judge", "applyForBail", input("caseId", id, "accusedId", rashid, "court", COURT, "filedOn", "2008-02-12",
                "appliedBy", "COUNSEL"));
        ok("judge", "decideBail", input("caseId", id, "applicationId", c.getString("accused[0].bailApplications[0].id"),
                "outcome", "REFUSED", "decidedOn", "2008-02-20", "reason", "The victim has not yet been examined"));
        // Gul absconds; after the 30 days of the proclamation (s.87 CrPC) he is a proclaimed offender.
        ok("investigator", "declareAbsconding", input("caseId", id, "accusedId", gul, "declaredOn", "2008-03-01"));
        ok("judge", "declareProclaimedOffender", input("caseId", id, "accusedId", gul,
                "proclamationPublishedOn", "2008-03-05", "propertyAttached", false, "declaredOn", "2008-04-04"));
        c = ok("judge", "applyForBail", input("caseId", id, "accusedId", rashid, "court", COURT, "filedOn", "2008-05-02",
                "appliedBy", "ACCUSED"));
        c = ok("judge", "decideBail", input("caseId", id, "applicationId", c.getString("accused[0].bailApplications[1].id"),
                "outcome", "GRANTED", "decidedOn", "2008-05-10", "suretyPkr", 300000,
                "reason", "Victim examined; investigation complete"));
        assertThat(c.getString("accused[0].custody")).isEqualTo("ON_BAIL");
        assertThat(c.getString("accused[1].custody")).isEqualTo("PROCLAIMED_OFFENDER");

        // The prosecutor charges Rashid; Gul, at large, cannot be charged yet (ABSCONDER_NOT_CHARGED).
        c = ok("prosecutor", "fileChargeSheet", input("caseId", id, "filedOn", "2008-06-02", "charges",
                List.of(Map.of("accusedId", rashid, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        String rashidCharge = c.getString("charges[0].id");

        // The trial of Rashid: convicted, 10 years and a fine; the sentencing order credits his 90 days in custody.
        ok("judge", "openTrial", input("caseId", id, "openedOn", "2008-07-01"));
        ok("judge", "recordHearing", input("caseId", id, "date", "2008-07-15", "court", COURT,
                "proceedings", "Charge framed; the accused pleaded not guilty"));
        ok("judge", "recordVerdict", input("caseId", id, "chargeId", rashidCharge, "outcome", "CONVICTED",
                "givenOn", "2009-03-02"));
        ok("judge", "recordSentence", input("caseId", id, "chargeId", rashidCharge, "pronouncedOn", "2009-03-16",
                "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000));
        c = ok("judge", "makeSentencingOrder", input("caseId", id, "accusedId", rashid, "pronouncedOn", "2009-03-16",
                "custodyCreditDays", 90, "directions", List.of(Map.of("chargeId", rashidCharge, "run", 1,
                        "description", "RIGOROUS", "inDefaultMonths", 6))));
        assertThat(c.getString("sentencingOrders[0].totalTerm")).isEqualTo("10 years");
        // 2019-03-16 less the 90 days from 2008-02-10 to 2008-05-10
        assertThat(c.getString("sentencingOrders[0].releaseDate")).isEqualTo("2018-12-16");
        assertThat(c.getString("status")).as("Gul is still to be tried").isEqualTo("ON_TRIAL");

        // Rashid appeals to the High Court against his conviction (s.410 CrPC), recorded by the judge; admitted.
        c = ok("judge", "fileAppeal", input("caseId", id, "accusedId", rashid, "kind", "APPEAL", "appellant", "CONVICT",
                "against", "CONVICTION", "forum", "HIGH_COURT", "filedOn", "2009-04-10",
                "grounds", "The victim's age was not proved; the sentence is excessive"));
        JsonPath appellate = appellate(id);
        String rashidToHighCourt = appellate.getString("find { it.accusedId == '" + rashid + "' }.appeals[0].id");
        ok("judge", "orderAppealAdmission", input("caseId", id, "appealId", rashidToHighCourt, "admitted", true,
                "orderedOn", "2009-04-20"));

        // Two years after absconding, Gul is arrested and charged by a supplementary charge sheet (s.173 CrPC), tried
        // and acquitted; with every accused's part decided, the case is DECIDED.
        ok("investigator", "arrestAccused", input("caseId", id, "accusedId", gul, "arrestedOn", "2010-03-15"));
        c = ok("prosecutor", "fileSupplementaryChargeSheet", input("caseId", id, "filedOn", "2010-04-01", "charges",
                List.of(Map.of("accusedId", gul, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        assertThat(c.getString("accused[1].chargedBySupplementarySheetOn")).isEqualTo("2010-04-01");
        String gulCharge = c.getString("charges[1].id");
        c = ok("judge", "recordVerdict", input("caseId", id, "chargeId", gulCharge, "outcome", "ACQUITTED",
                "givenOn", "2010-11-02"));
        assertThat(c.getString("status")).isEqualTo("DECIDED");

        // The State appeals against Gul's acquittal (s.417 CrPC), filed by the prosecutor; admitted.
        ok("prosecutor", "fileAppeal", input("caseId", id, "accusedId", gul, "kind", "APPEAL", "appellant", "STATE",
                "against", "ACQUITTAL", "forum", "HIGH_COURT", "filedOn", "2010-12-01",
                "grounds", "The trial court misread the victim's evidence"));
        String stateAgainstGul = appellate(id).getString("find { it.accusedId == '" + gul + "' }.appeals[0].id");
        ok("judge", "orderAppealAdmission", input("caseId", id, "appealId", stateAgainstGul, "admitted", true,
                "orderedOn", "2011-01-10"));

        // The High Court upholds Rashid's conviction and reduces his sentence to 7 years and Rs 200,000 (s.423 CrPC).
        JsonPath heavier = mutate("judge", "decideAppeal", input("caseId", id, "appealId", rashidToHighCourt,
                "outcome", "SENTENCE_REDUCED", "decidedOn", "2011-02-15", "sentences", List.of(Map.of("chargeId",
                        rashidCharge, "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 12, "finePkr", 500000))));
        assertThat(heavier.getString("errors[0].extensions.rule")).as("12 years is no reduction of 10")
                .isEqualTo("APPEAL_DECISION");
        ok("judge", "decideAppeal", input("caseId", id, "appealId", rashidToHighCourt, "outcome", "SENTENCE_REDUCED",
                "decidedOn", "2011-02-15", "sentences", List.of(Map.of("chargeId", rashidCharge,
                        "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 7, "finePkr", 200000))));

        // Rashid petitions the Supreme Court (Article 185); leave granted. The High Court convicts Gul on the
        // State's appeal and sentences him; the Supreme Court then dismisses Rashid's appeal, and the case is closed.
        ok("judge", "fileAppeal", input("caseId", id, "accusedId", rashid, "kind", "APPEAL", "appellant", "CONVICT",
                "against", "CONVICTION", "forum", "SUPREME_COURT", "filedOn", "2011-03-10",
                "grounds", "The High Court did not consider the defence evidence"));
        String rashidToSupremeCourt = appellate(id).getString("find { it.accusedId == '" + rashid + "' }.appeals[1].id");
        ok("judge", "orderAppealAdmission", input("caseId", id, "appealId", rashidToSupremeCourt, "admitted", true,
                "orderedOn", "2011-06-01"));
        ok("judge", "decideAppeal", input("caseId", id, "appealId", stateAgainstGul, "outcome", "CONVICTED_ON_APPEAL",
                "decidedOn", "2011-09-01", "sentences", List.of(Map.of("chargeId", gulCharge,
                        "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 7, "finePkr", 100000))));
        JsonPath closedTooEarly = mutate("judge", "closeCase", input("caseId", id, "closedOn", "2011-10-01"));
        assertThat(closedTooEarly.getString("errors[0].extensions.rule")).as("Rashid's appeal is pending")
                .isEqualTo("LIFECYCLE");
        ok("judge", "decideAppeal", input("caseId", id, "appealId", rashidToSupremeCourt, "outcome", "APPEAL_DISMISSED",
                "decidedOn", "2012-01-10", "sentences", List.of()));
        c = ok("judge", "closeCase", input("caseId", id, "closedOn", "2012-02-01"));
        assertThat(c.getString("status")).isEqualTo("CLOSED");

        // The whole history, and the judgment in force: the trial verdicts stay as given.
        appellate = appellate(id);
        String r = "find { it.accusedId == '" + rashid + "' }.";
        String g = "find { it.accusedId == '" + gul + "' }.";
        assertThat(appellate.getList(r + "appeals.forum")).containsExactly("HIGH_COURT", "SUPREME_COURT");
        assertThat(appellate.getList(r + "appeals.outcome")).containsExactly("SENTENCE_REDUCED", "APPEAL_DISMISSED");
        assertThat(appellate.getList(r + "appeals.filedOutOfTime")).containsExactly(false, false);
        assertThat(appellate.getString(r + "effectiveCharges[0].verdict.outcome")).isEqualTo("CONVICTED");
        assertThat(appellate.getInt(r + "effectiveCharges[0].sentence.termYears")).isEqualTo(7);
        assertThat(appellate.getInt(r + "effectiveTermYears")).isEqualTo(7);
        // 7 years from the trial court's sentence of 2009-03-16, less the 90 days of custody credited
        assertThat(appellate.getString(r + "effectiveReleaseDate")).isEqualTo("2015-12-17");
        assertThat(appellate.getString(g + "effectiveCharges[0].verdict.outcome")).isEqualTo("CONVICTED");
        assertThat(appellate.getInt(g + "effectiveTermYears")).isEqualTo(7);
        // 7 years from the High Court's decision of 2011-09-01
        assertThat(appellate.getString(g + "effectiveReleaseDate")).isEqualTo("2018-09-01");
        JsonPath trial = Gql.as("judge", "query($id: ID!) { case(id: $id) { charges { id verdict { outcome } "
                + "sentence { termYears } } } }", Map.of("id", id)).extract().jsonPath();
        assertThat(trial.getList("data.case.charges.verdict.outcome")).containsExactly("CONVICTED", "ACQUITTED");
        assertThat(trial.getInt("data.case.charges[0].sentence.termYears")).isEqualTo(10);

        // The figures, by hand, for PACHTO-3 (docs/statistics.md): 2008: both accused became investigated
        // (added 2008-02-05) and Rashid was charged (2008-06-02); 2009: Rashid convicted (2009-03-02);
        // 2010: Gul charged by the supplementary charge sheet (2010-04-01) and acquitted; 2011: Gul convicted
        // on the State's appeal (2011-09-01), counted apart from the trial court's convictions; Rashid's
        // sentence reduced, his conviction standing, so still counted in 2009; 2012: his appeal dismissed.
        Map<Integer, Map<String, Integer>> after = figures();
        assertThat(added(before, after, 2008)).isEqualTo(counts(2, 1, 0, 0, 0));
        assertThat(added(before, after, 2009)).isEqualTo(counts(0, 0, 1, 0, 0));
        assertThat(added(before, after, 2010)).isEqualTo(counts(0, 1, 0, 0, 0));
        assertThat(added(before, after, 2011)).isEqualTo(counts(0, 0, 0, 1, 0));
        assertThat(added(before, after, 2012)).isEqualTo(counts(0, 0, 0, 0, 0));
        // The headline by the agency and province of the office holding the case: the offices add up to it.
        JsonPath split = Gql.as("analyst", "{ statistics(year: 2011) { headline { counts convictedOnAppeal } "
                + "distinctPersons { counts convictedOnAppeal } "
                + "byAgencyAndProvince { agency province convictedOnAppeal } } }", Map.of()).extract().jsonPath();
        assertThat(split.getList("errors")).as(split.prettify()).isNull();
        int persons = split.getInt("data.statistics.headline.find { it.counts == 'PERSONS' }.convictedOnAppeal");
        List<Integer> byOffice = split.getList("data.statistics.byAgencyAndProvince.convictedOnAppeal", Integer.class);
        assertThat(persons).isPositive();
        assertThat(byOffice.stream().mapToInt(Integer::intValue).sum()).isEqualTo(persons);
        // Each person once across cases: Gul is accused in this case only, so he adds one to both.
        assertThat(split.getString("data.statistics.distinctPersons.counts")).isEqualTo("DISTINCT_PERSONS");
        assertThat(split.getInt("data.statistics.distinctPersons.convictedOnAppeal")).isPositive().isLessThanOrEqualTo(persons);
    }

    private static JsonPath appellate(String caseId) {
        JsonPath read = Gql.as("judge", "query($id: ID!) { case(id: $id) { appellate { accusedId appeals { id forum "
                + "outcome filedOutOfTime } effectiveCharges { verdict { outcome } sentence { termYears } } "
                + "effectiveTermYears effectiveReleaseDate } } }", Map.of("id", caseId)).extract().jsonPath();
        assertThat(read.getList("errors")).as(read.prettify()).isNull();
        return read.setRootPath("data.case.appellate");
    }

    private static final List<String> FIGURE_NAMES = List.of("investigated", "prosecuted", "convicted", "convictedOnAppeal",
            "convictionsSetAside");

    private static Map<String, Integer> counts(int... values) {
        Map<String, Integer> figures = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            figures.put(FIGURE_NAMES.get(i), values[i]);
        }
        return figures;
    }

    private static Map<String, Integer> added(Map<Integer, Map<String, Integer>> before,
                                              Map<Integer, Map<String, Integer>> after, int year) {
        Map<String, Integer> added = new HashMap<>();
        for (String figure : FIGURE_NAMES) {
            added.put(figure, after.get(year).getOrDefault(figure, 0) - before.get(year).getOrDefault(figure, 0));
        }
        return added;
    }

    private static Map<Integer, Map<String, Integer>> figures() {
        Map<Integer, Map<String, Integer>> byYear = new HashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            JsonPath f = Gql.as("analyst", FIGURES, Map.of("y", year)).extract().jsonPath();
            assertThat(f.getList("errors")).as(f.prettify()).isNull();
            Map<String, Integer> row = new HashMap<>();
            List<Map<String, Object>> statutes = f.getList("data.statistics.statutes");
            for (Map<String, Object> s : statutes) {
                if ("PACHTO-3".equals(s.get("statuteCode"))) {
                    s.forEach((k, v) -> {
                        if (v instanceof Integer n) {
                            row.put(k, n);
                        }
                    });
                }
            }
            byYear.put(year, row);
        }
        return byYear;
    }
}
