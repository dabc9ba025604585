package org.insaf.domain.advice;

import org.insaf.domain.offence.ChargeProposal;
import org.insaf.domain.offence.ElementsSatisfiedPolicy;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Victim;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatutoryCondition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.domain.person.VictimFixture.adultMan;
import static org.insaf.domain.person.VictimFixture.adultWoman;
import static org.insaf.domain.person.VictimFixture.girlBornOn;
import static org.insaf.domain.person.VictimFixture.victim;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V1;
import static org.insaf.domain.statute.StatuteCatalogueFixture.catalogue;

/** The stories of statutes.md's corrections, as a prosecutor would try them on charge advice. */
class LawAsWrittenTest {

    final ChargeAdvisor advisor = new ChargeAdvisor();

    static OffenceFacts girlRecruitedForSexualExploitation(LocalDate on) {
        return new OffenceFacts(Set.of(Act.RECRUITMENT, Act.HARBOURING), Set.of(), Set.of(Purpose.SEXUAL_EXPLOITATION),
                Route.withinPakistan(), on, Set.of());
    }

    static List<String> applicable(ChargeAdvice advice) {
        return advice.applicable().stream().map(a -> a.statute().code().value()).toList();
    }

    static StatuteAdvice of(ChargeAdvice advice, String code) {
        return advice.forStatute(StatuteCode.of(code)).orElseThrow();
    }

    @Test
    void a_15_year_old_girl_recruited_for_sexual_exploitation_in_2019_without_means_fits_ptpa_aggravated_and_366a() {
        Victim girl = girlBornOn(LocalDate.of(2004, 1, 10));
        ChargeAdvice advice = advisor.advise(girlRecruitedForSexualExploitation(LocalDate.of(2019, 6, 1)),
                List.of(girl), catalogue());

        assertThat(applicable(advice)).contains("PTPA-3-AGG", "PPC-366A").doesNotContain("PTPA-3", "PPC-369A");
        assertThat(of(advice, "PTPA-3-AGG").metElements())
                .contains("one of the means: force, coercion, kidnapping or abduction, fraud, deception, abuse of power "
                        + "or vulnerability (not needed where every victim is a child) — not needed: every victim "
                        + "concerned was under 18 on 2019-06-01");
        assertThat(of(advice, "PPC-369A").missingElements())
                .containsExactly("one of the means: force, coercion, fraud — none of them is alleged (the facts "
                        + "allege: nothing)");
        assertThat(of(advice, "PTPA-3").missingElements()).singleElement().asString()
                .contains(girl.pseudonym().value() + " is recorded as female");
    }

    @Test
    void the_same_girl_in_2016_fits_366a_only_and_the_ptpa_was_not_in_force() {
        Victim girl = girlBornOn(LocalDate.of(2001, 1, 10));
        ChargeAdvice advice = advisor.advise(girlRecruitedForSexualExploitation(LocalDate.of(2016, 6, 1)),
                List.of(girl), catalogue());

        assertThat(applicable(advice)).contains("PPC-366A").doesNotContain("PTPA-3-AGG", "PPC-369A");
        assertThat(of(advice, "PTPA-3-AGG").whyNotInForce())
                .contains("PTPA-3-AGG was not in force on 2016-06-01; it applies from 2018-05-31");
        assertThat(of(advice, "PPC-369A").missingElements()).singleElement().asString().startsWith("one of the means");
    }

    @Test
    void an_adult_woman_needs_the_means_under_the_ptpa_and_a_man_never_gets_the_aggravated_form() {
        OffenceFacts facts = girlRecruitedForSexualExploitation(LocalDate.of(2019, 6, 1));
        assertThat(applicable(advisor.advise(facts, List.of(adultWoman()), catalogue())))
                .doesNotContain("PTPA-3-AGG", "PTPA-3");
        OffenceFacts deceived = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.FALSE_PROMISES),
                Set.of(Purpose.FORCED_LABOUR), Route.withinPakistan(), LocalDate.of(2019, 6, 1), Set.of());
        assertThat(applicable(advisor.advise(deceived, List.of(adultWoman()), catalogue())))
                .contains("PTPA-3-AGG", "PPC-369A").doesNotContain("PTPA-3");
        assertThat(applicable(advisor.advise(deceived, List.of(adultMan()), catalogue())))
                .contains("PTPA-3", "PPC-369A").doesNotContain("PTPA-3-AGG");
        Victim transgenderAdult = victim(Gender.TRANSGENDER, AgeEvidence.bornOn(LocalDate.of(1990, 1, 1)));
        assertThat(applicable(advisor.advise(deceived, List.of(transgenderAdult), catalogue())))
                .contains("PTPA-3").doesNotContain("PTPA-3-AGG");
        Victim unknownSexAdult = victim(Gender.UNKNOWN, AgeEvidence.bornOn(LocalDate.of(1990, 1, 1)));
        assertThat(applicable(advisor.advise(deceived, List.of(unknownSexAdult), catalogue())))
                .doesNotContain("PTPA-3", "PTPA-3-AGG");
    }

    @Test
    void an_adult_man_smuggled_to_greece_without_exploitation_fits_psma_and_no_trafficking_provision() {
        OffenceFacts smuggled = new OffenceFacts(Set.of(Act.RECRUITMENT, Act.TRANSPORTATION, Act.PROCURING_ILLEGAL_ENTRY),
                Set.of(), Set.of(), Route.of("PK", "IR", "TR", "GR"), LocalDate.of(2023, 3, 1),
                Set.of(StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT));
        ChargeAdvice advice = advisor.advise(smuggled, List.of(adultMan()), catalogue());

        assertThat(applicable(advice)).contains("PSMA-3");
        assertThat(advice.applicable()).noneMatch(a -> a.statute().category().countsAsTrafficking());
        PolicyDecision charged = new ElementsSatisfiedPolicy()
                .assess(new ChargeProposal(PTPA_3, smuggled, List.of(adultMan())));
        assertThat(charged.isAllowed()).isFalse();
        assertThat(((PolicyDecision.Refusal) charged).reason()).contains("one of the purposes");
    }

    @Test
    void bonded_labour_at_a_brick_kiln_with_debt_and_threats_in_2017_fits_blaa_369a_and_374() {
        OffenceFacts kiln = new OffenceFacts(Set.of(Act.RECRUITMENT, Act.ADVANCING_BONDED_DEBT,
                Act.EXTRACTING_BONDED_LABOUR, Act.COMPELLING_LABOUR), Set.of(Means.DEBT_BONDAGE, Means.PHYSICAL_THREATS),
                Set.of(Purpose.BONDED_LABOUR), Route.withinPakistan(), LocalDate.of(2017, 4, 1), Set.of());
        ChargeAdvice advice = advisor.advise(kiln, List.of(adultMan()), catalogue());

        assertThat(applicable(advice)).contains("BLAA-11", "PPC-369A", "PPC-374").doesNotContain("PTPA-3");
    }

    @Test
    void a_woman_taken_to_oman_in_2015_by_a_fake_marriage_for_prostitution_fits_pachto_371a_493a_496_and_eo_18() {
        OffenceFacts fakeMarriage = new OffenceFacts(Set.of(Act.RECRUITMENT, Act.MARRYING, Act.TRANSPORTATION,
                Act.TRANSFER), Set.of(Means.DECEPTION, Means.FALSE_PROMISES), Set.of(Purpose.PROSTITUTION),
                Route.of("PK", "OM"), LocalDate.of(2015, 2, 1), Set.of());
        ChargeAdvice advice = advisor.advise(fakeMarriage, List.of(adultWoman()), catalogue());

        assertThat(applicable(advice)).contains("PACHTO-3", "PPC-371A", "PPC-493A", "PPC-496", "EO-18")
                .doesNotContain("PPC-369A", "PTPA-3-AGG");
        assertThat(of(advice, "PPC-369A").whyNotInForce()).isPresent();
    }

    @Test
    void ptpa_waives_the_means_only_when_every_victim_named_is_a_child() {
        OffenceFacts facts = girlRecruitedForSexualExploitation(LocalDate.of(2019, 6, 1));
        Victim child = girlBornOn(LocalDate.of(2004, 1, 10));
        assertThat(new ElementsSatisfiedPolicy().assess(new ChargeProposal(PTPA_3_AGG_V1, facts, List.of(child)))
                .isAllowed()).isTrue();
        assertThat(new ElementsSatisfiedPolicy().assess(new ChargeProposal(PTPA_3_AGG_V1, facts,
                List.of(child, adultWoman()))).isAllowed()).isFalse();
        Victim eighteenToday = girlBornOn(LocalDate.of(2001, 6, 1));
        assertThat(new ElementsSatisfiedPolicy().assess(new ChargeProposal(PTPA_3_AGG_V1, facts, List.of(eighteenToday)))
                .isAllowed()).isFalse();
        Victim eighteenTomorrow = girlBornOn(LocalDate.of(2001, 6, 2));
        assertThat(new ElementsSatisfiedPolicy().assess(new ChargeProposal(PTPA_3_AGG_V1, facts,
                List.of(eighteenTomorrow))).isAllowed()).isTrue();
    }
}
