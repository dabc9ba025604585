package org.insaf.domain.offence;

import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Victim;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.PolicyDecision.Refusal;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatutoryCondition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.offence.FactsFixture.*;
import static org.insaf.domain.person.VictimFixture.*;
import static org.insaf.domain.statute.StatuteCatalogueFixture.*;

class ChargePolicyTest {

    static Refusal refused(PolicyDecision decision, Rule rule) {
        assertThat(decision).isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) decision;
        assertThat(refusal.rule()).isEqualTo(rule);
        return refusal;
    }

    @Nested
    class Invariant_1_law_in_force {

        LawInForcePolicy policy = new LawInForcePolicy();

        @Test
        void ppc_369a_cannot_be_charged_for_facts_of_the_day_before_it_entered_into_force() {
            OffenceFacts dayBefore = internalForcedLabourByFraud(LocalDate.of(2016, 3, 17));
            assertThat(refused(policy.assess(new ChargeProposal(PPC_369A, dayBefore, List.of(adultMan()))),
                    Rule.LAW_IN_FORCE).reason())
                    .isEqualTo("PPC-369A was not in force on 2016-03-17; it applies from 2016-03-18");
        }

        @Test
        void ppc_369a_can_be_charged_from_the_day_it_entered_into_force() {
            OffenceFacts firstDay = internalForcedLabourByFraud(LocalDate.of(2016, 3, 18));
            assertThat(policy.assess(new ChargeProposal(PPC_369A, firstDay, List.of(adultMan()))).isAllowed()).isTrue();
        }

        @Test
        void pachto_cannot_be_charged_from_the_day_it_was_repealed() {
            assertThat(policy.assess(new ChargeProposal(PACHTO_3, gulfLabourTrafficking(LocalDate.of(2018, 5, 30)),
                    List.of(adultMan()))).isAllowed()).isTrue();
            assertThat(refused(policy.assess(new ChargeProposal(PACHTO_3,
                    gulfLabourTrafficking(LocalDate.of(2018, 5, 31)), List.of(adultMan()))), Rule.LAW_IN_FORCE).reason())
                    .isEqualTo("PACHTO-3 was not in force on 2018-05-31; it applied from 2002-10-31 to 2018-05-30");
        }
    }

    @Nested
    class Invariant_2_territorial_scope {

        TerritorialScopePolicy policy = new TerritorialScopePolicy();

        @Test
        void pachto_does_not_reach_trafficking_inside_pakistan() {
            OffenceFacts internal = facts(LocalDate.of(2017, 5, 1), Route.of("PK", "PK"), Set.of(Act.RECRUITMENT),
                    Set.of(Means.COERCION), Set.of(Purpose.FORCED_LABOUR));
            assertThat(refused(policy.assess(new ChargeProposal(PACHTO_3, internal, List.of(adultMan()))),
                    Rule.TERRITORIAL_SCOPE).reason())
                    .isEqualTo("PACHTO-3 reaches only movement into or out of Pakistan; the route PK -> PK stays inside Pakistan");
        }

        @Test
        void pachto_reaches_movement_out_of_pakistan_and_369a_reaches_both() {
            OffenceFacts abroad = gulfLabourTrafficking(LocalDate.of(2017, 5, 1));
            assertThat(policy.assess(new ChargeProposal(PACHTO_3, abroad, List.of(adultMan()))).isAllowed()).isTrue();
            assertThat(policy.assess(new ChargeProposal(PPC_369A, internalForcedLabourByFraud(LocalDate.of(2017, 5, 1)),
                    List.of(adultMan()))).isAllowed()).isTrue();
        }
    }

    @Nested
    class Invariant_3_elements {

        ElementsSatisfiedPolicy policy = new ElementsSatisfiedPolicy();
        LocalDate on = LocalDate.of(2017, 5, 1);

        @Test
        void ppc_369a_needs_force_fraud_or_coercion_even_for_a_child() {
            Victim child = girlBornOn(LocalDate.of(2005, 1, 1));
            String reason = refused(policy.assess(new ChargeProposal(PPC_369A, childSoldForProstitution(on),
                    List.of(child))), Rule.ELEMENTS_SATISFIED).reason();
            assertThat(reason).startsWith("PPC-369A is not made out on these facts: missing one of the means: ")
                    .contains("force", "fraud", "coercion", "payment to person in control")
                    .doesNotContain("one of the purposes", "one of the acts");
        }

        @Test
        void ppc_371a_needs_no_means() {
            Victim child = girlBornOn(LocalDate.of(2005, 1, 1));
            assertThat(policy.assess(new ChargeProposal(PPC_371A, childSoldForProstitution(on), List.of(child)))
                    .isAllowed()).isTrue();
        }

        @Test
        void the_act_and_purpose_must_be_met_too() {
            OffenceFacts buying = facts(on, Route.withinPakistan(), Set.of(Act.BUYING), Set.of(),
                    Set.of(Purpose.FORCED_LABOUR));
            Refusal refusal = refused(policy.assess(new ChargeProposal(PPC_371A, buying, List.of(adultWoman()))),
                    Rule.ELEMENTS_SATISFIED);
            assertThat(refusal.reason()).contains("one of the acts: selling, letting to hire, disposing",
                    "(the facts allege: buying)", "one of the purposes: prostitution", "; ");
        }

        @Test
        void girl_under_18_is_judged_on_the_offence_date_exactly_at_the_18th_birthday() {
            OffenceFacts procuring = facts(LocalDate.of(2018, 6, 15), Route.withinPakistan(), Set.of(Act.PROCURING),
                    Set.of(), Set.of(Purpose.SEXUAL_EXPLOITATION));
            Victim turns18ThatDay = girlBornOn(LocalDate.of(2000, 6, 15));
            Victim turns18NextDay = girlBornOn(LocalDate.of(2000, 6, 16));
            assertThat(refused(policy.assess(new ChargeProposal(PPC_366A, procuring, List.of(turns18ThatDay))),
                    Rule.ELEMENTS_SATISFIED).reason())
                    .endsWith("every victim concerned was a girl under 18 on the offence date — "
                            + turns18ThatDay.pseudonym() + " was 18 on 2018-06-15");
            assertThat(policy.assess(new ChargeProposal(PPC_366A, procuring, List.of(turns18NextDay))).isAllowed())
                    .isTrue();
        }

        @Test
        void every_victim_concerned_must_meet_a_victim_condition() {
            OffenceFacts procuring = facts(on, Route.withinPakistan(), Set.of(Act.PROCURING), Set.of(),
                    Set.of(Purpose.SEXUAL_EXPLOITATION));
            Victim girl = girlBornOn(LocalDate.of(2005, 1, 1));
            Victim boy = boyBornOn(LocalDate.of(2005, 1, 1));
            assertThat(refused(policy.assess(new ChargeProposal(PPC_366A, procuring, List.of(girl, boy))),
                    Rule.ELEMENTS_SATISFIED).reason()).endsWith(boy.pseudonym() + " is not recorded as female");
            assertThat(refused(policy.assess(new ChargeProposal(PPC_366A, procuring, List.of())),
                    Rule.ELEMENTS_SATISFIED).reason()).endsWith("the charge names no victim");
            Victim unknownAge = victim(Gender.FEMALE, AgeEvidence.unknown());
            assertThat(refused(policy.assess(new ChargeProposal(PPC_366A, procuring, List.of(unknownAge))),
                    Rule.ELEMENTS_SATISFIED).reason())
                    .endsWith("the age of " + unknownAge.pseudonym() + " on 2017-05-01 is not known");
        }

        @Test
        void woman_or_child_is_met_by_a_woman_or_by_a_boy_under_18() {
            OffenceFacts facts = internalForcedLabourByFraud(on);
            assertThat(policy.assess(new ChargeProposal(PTPA_3_AGG_V1, facts, List.of(adultWoman()))).isAllowed()).isTrue();
            assertThat(policy.assess(new ChargeProposal(PTPA_3_AGG_V1, facts,
                    List.of(boyBornOn(on.minusYears(18).plusDays(1))))).isAllowed()).isTrue();
            Victim man = boyBornOn(on.minusYears(18));
            assertThat(refused(policy.assess(new ChargeProposal(PTPA_3_AGG_V1, facts, List.of(man))),
                    Rule.ELEMENTS_SATISFIED).reason())
                    .endsWith(man.pseudonym() + " is not recorded as female, and " + man.pseudonym()
                            + " was 18 on 2017-05-01");
        }

        @Test
        void girl_under_21_brought_into_pakistan_for_366b() {
            OffenceFacts imported = facts(on, Route.of("BD", "IN", "PK"), Set.of(Act.IMPORTING), Set.of(),
                    Set.of(Purpose.PROSTITUTION));
            Victim twenty = girlBornOn(on.minusYears(21).plusDays(1));
            Victim twentyOne = girlBornOn(on.minusYears(21));
            assertThat(policy.assess(new ChargeProposal(PPC_366B, imported, List.of(twenty))).isAllowed()).isTrue();
            assertThat(policy.assess(new ChargeProposal(PPC_366B, imported, List.of(twentyOne))).isAllowed()).isFalse();
            assertThat(policy.assess(new ChargeProposal(PPC_366B, imported, List.of(boyBornOn(on.minusYears(15)))))
                    .isAllowed()).isFalse();
            OffenceFacts exported = facts(on, Route.of("PK", "IR"), Set.of(Act.IMPORTING), Set.of(),
                    Set.of(Purpose.PROSTITUTION));
            assertThat(refused(policy.assess(new ChargeProposal(PPC_366B, exported, List.of(twenty))),
                    Rule.ELEMENTS_SATISFIED).reason())
                    .endsWith("the route does not end in Pakistan from abroad: PK -> IR");
        }

        @Test
        void child_condition_for_a_statute_that_requires_it() {
            ElementAssessment child = ElementAssessment.of(childOnly(), childSoldForProstitution(on),
                    List.of(boyBornOn(on.minusYears(17))));
            assertThat(child.isSatisfied()).isTrue();
            assertThat(child.met()).last().extracting(ElementFinding::explanation).asString().startsWith("met by V-2017-");
            ElementAssessment adult = ElementAssessment.of(childOnly(), childSoldForProstitution(on),
                    List.of(boyBornOn(on.minusYears(18))));
            assertThat(adult.missing()).extracting(ElementFinding::kind).containsExactly(ElementKind.CONDITION);
        }

        @Test
        void alleged_circumstances_such_as_habitual_dealing() {
            OffenceFacts dealing = new OffenceFacts(Set.of(Act.SELLING), Set.of(), Set.of(Purpose.SLAVERY),
                    Route.withinPakistan(), on, Set.of(StatutoryCondition.HABITUAL_DEALING));
            OffenceFacts once = new OffenceFacts(Set.of(Act.SELLING), Set.of(), Set.of(Purpose.SLAVERY),
                    Route.withinPakistan(), on, Set.of());
            assertThat(policy.assess(new ChargeProposal(PPC_371, dealing, List.of(adultMan()))).isAllowed()).isTrue();
            assertThat(refused(policy.assess(new ChargeProposal(PPC_371, once, List.of(adultMan()))),
                    Rule.ELEMENTS_SATISFIED).reason()).endsWith("the accused habitually deals in persons — not alleged");
            assertThat(ElementAssessment.of(PPC_371, dealing, List.of()).met()).extracting(ElementFinding::explanation)
                    .contains("alleged", "alleged: selling");
        }

        @Test
        void findings_describe_the_requirement_and_the_reason() {
            ElementAssessment assessment = ElementAssessment.of(PPC_369A, internalForcedLabourByFraud(on), List.of());
            assertThat(assessment.findings()).extracting(ElementFinding::describe).containsExactly(
                    "one of the acts: recruitment, transportation, transfer, harbouring, receipt, obtaining, selling, buying — alleged: recruitment, transportation",
                    "one of the means: force, coercion, fraud — alleged: fraud",
                    "one of the purposes: forced labour, sexual exploitation — alleged: bonded labour");
            ElementAssessment none = ElementAssessment.of(PPC_369A, facts(on, Route.withinPakistan(),
                    Set.of(Act.RECRUITMENT), Set.of(), Set.of()), List.of());
            assertThat(none.missing()).extracting(ElementFinding::explanation)
                    .containsExactly("none of them is alleged (the facts allege: nothing)",
                            "none of them is alleged (the facts allege: nothing)");
        }
    }

    @Test
    void all_policies_report_the_first_refusal_in_order() {
        OffenceFacts internal2015 = childSoldForProstitution(LocalDate.of(2015, 1, 1));
        assertThat(refused(ChargePolicy.assessAll(new ChargeProposal(PACHTO_3, internal2015, List.of(adultMan()))),
                Rule.TERRITORIAL_SCOPE)).isNotNull();
        assertThat(refused(ChargePolicy.assessAll(new ChargeProposal(PPC_369A, internal2015, List.of(adultMan()))),
                Rule.LAW_IN_FORCE)).isNotNull();
        assertThat(refused(ChargePolicy.assessAll(new ChargeProposal(PPC_369A,
                childSoldForProstitution(LocalDate.of(2017, 1, 1)), List.of(adultMan()))), Rule.ELEMENTS_SATISFIED))
                .isNotNull();
        assertThat(ChargePolicy.assessAll(new ChargeProposal(PPC_371A, internal2015, List.of(adultMan()))).isAllowed())
                .isTrue();
        assertThat(ChargePolicy.all()).hasSize(3);
    }

    @Test
    void facts_validate_themselves() {
        assertThatThrownBy(() -> new OffenceFacts(Set.of(), Set.of(), Set.of(), Route.withinPakistan(),
                LocalDate.of(2017, 1, 1), Set.of())).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("FACTS_NEED_AN_ACT"));
        assertThatThrownBy(() -> new OffenceFacts(Set.of(Act.SELLING), null, null, Route.withinPakistan(),
                LocalDate.of(2017, 1, 1), Set.of(StatutoryCondition.VICTIM_IS_CHILD)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("FACTS_CIRCUMSTANCES_ARE_ALLEGED"));
        OffenceFacts facts = new OffenceFacts(Set.of(Act.SELLING), null, null, Route.of("PK", "AE"),
                LocalDate.of(2017, 1, 1), null);
        assertThat(facts.isTransnational()).isTrue();
        assertThat(facts.showExploitationPurpose()).isFalse();
        assertThat(childSoldForProstitution(LocalDate.of(2017, 1, 1)).showExploitationPurpose()).isTrue();
    }

    static org.insaf.domain.statute.Statute childOnly() {
        return new org.insaf.domain.statute.Statute(org.insaf.domain.statute.StatuteCode.of("TEST-CHILD"), 1,
                "Test Act", "1", "Child offence", org.insaf.domain.statute.OffenceCategory.TRAFFICKING,
                org.insaf.domain.statute.TerritorialScope.INTERNAL_AND_TRANSNATIONAL,
                new org.insaf.domain.statute.StatuteElements(Set.of(Act.SELLING), Set.of(), Set.of(),
                        Set.of(StatutoryCondition.VICTIM_IS_CHILD)),
                PPC_370.penalty(), PPC_370.inForce(), PPC_370.procedure(), "test");
    }
}
