package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.input;
import static org.insaf.bootstrap.api.CaseStoryApiTest.mutate;
import static org.insaf.bootstrap.api.CaseStoryApiTest.ok;

/**
 * Issue 17 item 6 end to end, with the demo users' real tokens: an appeal filed before the verdict is
 * refused; the convict's appeal against conviction is recorded by the judge (not the prosecutor),
 * admitted, the sentence suspended (the convict on bail), and the sentence reduced from ten years to
 * seven: the trial verdict and sentence stay, the effective sentence, term and release date follow
 * the appeal, and the convict is back in custody. The State's appeal to the Supreme Court follows.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class AppealStoryApiTest {

    @Test
    void a_conviction_appealed_and_the_sentence_reduced_on_appeal() {
        AuthorizationMatrixApiTest.Prepared p = AuthorizationMatrixApiTest.prepare(
                AuthorizationMatrixApiTest.Stage.ON_TRIAL, "2017-03-10");
        String id = p.caseId();
        String accused = p.accusedId();
        String charge = p.chargeId();
        JsonPath c;

        Map<String, Object> convictsAppeal = input("caseId", id, "accusedId", accused, "kind", "APPEAL",
                "appellant", "CONVICT", "against", "CONVICTION", "forum", "HIGH_COURT", "filedOn", "2017-10-01",
                "grounds", "The recovery of the victim was not proved");
        JsonPath early = mutate("judge", "fileAppeal", convictsAppeal);
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(early.getString("errors[0].extensions.rule")).isEqualTo("APPEAL_AFTER_JUDGMENT");

        ok("judge", "recordVerdict", input("caseId", id, "chargeId", charge, "outcome", "CONVICTED", "givenOn", "2017-09-01"));
        ok("judge", "recordSentence", input("caseId", id, "chargeId", charge, "pronouncedOn", "2017-09-15",
                "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000));
        c = ok("judge", "makeSentencingOrder", AuthorizationMatrixApiTest.sentencingOrderInput(id, accused, charge));
        assertThat(c.getString("status")).isEqualTo("DECIDED");
        assertThat(c.getString("sentencingOrders[0].releaseDate")).isEqualTo("2027-08-16");

        // The convict's appeal is the court's to record, not the prosecutor's; the State's is the prosecutor's.
        assertThat(mutate("prosecutor", "fileAppeal", convictsAppeal).getString("errors[0].extensions.code"))
                .isEqualTo("FORBIDDEN");
        JsonPath byTheState = mutate("prosecutor", "fileAppeal", input("caseId", id, "accusedId", accused,
                "kind", "APPEAL", "appellant", "STATE", "against", "ACQUITTAL", "forum", "HIGH_COURT",
                "filedOn", "2017-10-01", "grounds", "x"));
        assertThat(byTheState.getString("errors[0].extensions.rule")).isEqualTo("APPEAL_RIGHT");
        c = ok("judge", "fileAppeal", convictsAppeal);
        String appeal = c.getString("appellate[0].appeals[0].id");
        assertThat(c.getString("appellate[0].appeals[0].appellant")).isEqualTo("CONVICT");
        assertThat(c.getString("status")).as("the case stays decided while the appeal is pending").isEqualTo("DECIDED");
        JsonPath closing = mutate("judge", "closeCase", input("caseId", id, "closedOn", "2017-10-02"));
        assertThat(closing.getString("errors[0].extensions.rule")).isEqualTo("LIFECYCLE");

        JsonPath notAdmitted = mutate("judge", "decideAppeal", input("caseId", id, "appealId", appeal,
                "outcome", "APPEAL_DISMISSED", "decidedOn", "2017-10-03", "sentences", List.of()));
        assertThat(notAdmitted.getString("errors[0].extensions.rule")).as(notAdmitted.prettify()).isEqualTo("APPEAL_DECISION");
        ok("judge", "orderAppealAdmission", input("caseId", id, "appealId", appeal, "admitted", true,
                "orderedOn", "2017-10-05"));
        c = ok("judge", "suspendSentence", input("caseId", id, "appealId", appeal, "suspendedOn", "2017-10-06"));
        assertThat(c.getString("accused[0].custody")).isEqualTo("ON_BAIL");
        assertThat(c.getString("accused[0].custodySince")).isEqualTo("2017-10-06");

        JsonPath notLighter = mutate("judge", "decideAppeal", input("caseId", id, "appealId", appeal,
                "outcome", "SENTENCE_REDUCED", "decidedOn", "2018-03-01", "sentences", List.of(Map.of("chargeId", charge,
                        "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000))));
        assertThat(notLighter.getString("errors[0].extensions.rule")).isEqualTo("APPEAL_DECISION");
        c = ok("judge", "decideAppeal", input("caseId", id, "appealId", appeal, "outcome", "SENTENCE_REDUCED",
                "decidedOn", "2018-03-01", "sentences", List.of(Map.of("chargeId", charge,
                        "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 7, "finePkr", 500000))));
        assertThat(c.getInt("charges[0].sentence.termYears")).as("the trial court's sentence as given").isEqualTo(10);
        assertThat(c.getInt("appellate[0].effectiveCharges[0].sentence.termYears")).isEqualTo(7);
        assertThat(c.getString("appellate[0].effectiveCharges[0].verdict.outcome")).isEqualTo("CONVICTED");
        assertThat(c.getString("appellate[0].effectiveTerm")).isEqualTo("7 years");
        // Seven years from the sentence of 2017-09-15, less the 30 days in custody credited.
        assertThat(c.getString("appellate[0].effectiveReleaseDate")).isEqualTo("2024-08-16");
        assertThat(c.getString("appellate[0].appeals[0].outcome")).isEqualTo("SENTENCE_REDUCED");
        assertThat(c.getString("accused[0].custody")).as("the bail pending appeal ends with it").isEqualTo("IN_CUSTODY");

        // Leave to appeal to the Supreme Court, by the State, for enhancement: the prosecutor's.
        JsonPath leave = Gql.as("prosecutor", "mutation($input: FileAppealInput!) { fileAppeal(input: $input) { case { "
                        + "appellate { appeals { forum appellant judgmentOn limitationEndsOn filedOutOfTime } } } } }",
                Map.of("input", input("caseId", id, "accusedId", accused, "kind", "APPEAL", "appellant", "STATE",
                        "against", "INADEQUATE_SENTENCE", "forum", "SUPREME_COURT", "filedOn", "2018-05-01",
                        "grounds", "The High Court reduced the sentence without reason"))).extract().jsonPath();
        assertThat(leave.getList("errors")).isNull();
        assertThat(leave.getString("data.fileAppeal.case.appellate[0].appeals[1].judgmentOn")).isEqualTo("2018-03-01");
        assertThat(leave.getString("data.fileAppeal.case.appellate[0].appeals[1].limitationEndsOn")).isEqualTo("2018-03-31");
        assertThat(leave.getBoolean("data.fileAppeal.case.appellate[0].appeals[1].filedOutOfTime")).isTrue();
        JsonPath stranger = mutate("judge2", "decideAppeal", input("caseId", id, "appealId", appeal,
                "outcome", "APPEAL_DISMISSED", "decidedOn", "2018-06-01", "sentences", List.of()));
        assertThat(stranger.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }
}
