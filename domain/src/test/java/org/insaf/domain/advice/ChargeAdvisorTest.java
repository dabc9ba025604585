package org.insaf.domain.advice;

import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.person.Victim;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.domain.offence.FactsFixture.*;
import static org.insaf.domain.person.VictimFixture.*;

class ChargeAdvisorTest {

    final ChargeAdvisor advisor = new ChargeAdvisor();
    final LocalDate on = LocalDate.of(2017, 5, 1);

    StatuteAdvice advice(ChargeAdvice advice, String code) {
        return advice.forStatute(StatuteCode.of(code)).orElseThrow();
    }

    @Test
    void a_child_sold_for_prostitution_without_force_fraud_or_coercion_fits_371a_and_not_369a() {
        Victim child = girlBornOn(LocalDate.of(2004, 2, 1));
        ChargeAdvice advice = advisor.advise(childSoldForProstitution(on), List.of(child),
                StatuteCatalogueFixture.catalogue());

        StatuteAdvice ppc371a = advice(advice, "PPC-371A");
        assertThat(ppc371a.isApplicable()).isTrue();
        assertThat(ppc371a.missing()).isEmpty();
        assertThat(ppc371a.penaltyRange()).isEqualTo("up to 25 years and a fine");
        assertThat(ppc371a.metElements()).containsExactly(
                "one of the acts: selling, letting to hire, disposing — alleged: selling",
                "one of the purposes: prostitution — alleged: prostitution");

        StatuteAdvice ppc369a = advice(advice, "PPC-369A");
        assertThat(ppc369a.isApplicable()).isFalse();
        assertThat(ppc369a.inForce()).isTrue();
        assertThat(ppc369a.scopeFits()).isTrue();
        assertThat(ppc369a.missingElements()).containsExactly("one of the means: force, coercion, fraud — "
                + "none of them is alleged (the facts allege: payment to person in control)");
        assertThat(ppc369a.gaps()).isEqualTo(1);

        assertThat(advice.statutes().get(0)).isEqualTo(ppc371a);
        assertThat(advice.applicable()).extracting(a -> a.statute().code().value()).containsExactly("PPC-371A");
    }

    @Test
    void pachto_does_not_reach_trafficking_that_stays_inside_pakistan() {
        OffenceFacts internal = internalForcedLabourByFraud(on);
        ChargeAdvice advice = advisor.advise(internal, List.of(adultMan()), StatuteCatalogueFixture.catalogue());

        StatuteAdvice pachto = advice(advice, "PACHTO-3");
        assertThat(pachto.inForce()).isTrue();
        assertThat(pachto.scopeFits()).isFalse();
        assertThat(pachto.whyOutOfScope()).contains(
                "PACHTO-3 reaches only movement into or out of Pakistan; the route PK stays inside Pakistan");
        assertThat(pachto.missing()).isEmpty();
        assertThat(pachto.isApplicable()).isFalse();
        assertThat(advice(advice, "PPC-369A").isApplicable()).isTrue();
        assertThat(advice(advice, "PPC-369A").whyOutOfScope()).isEmpty();
        assertThat(advice(advice, "PPC-369A").whyNotInForce()).isEmpty();
        assertThat(advice.statutes().get(0).statute().code().value()).isEqualTo("PPC-369A");
    }

    @Test
    void provisions_not_yet_in_force_are_listed_with_the_reason_and_ranked_after_those_in_force() {
        ChargeAdvice advice = advisor.advise(gulfLabourTrafficking(on), List.of(adultMan()), StatuteCatalogueFixture.catalogue());

        StatuteAdvice ptpa = advice(advice, "PTPA-3");
        assertThat(ptpa.inForce()).isFalse();
        assertThat(ptpa.whyNotInForce()).contains("PTPA-3 was not in force on 2017-05-01; it applies from 2018-05-31");
        assertThat(ptpa.missing()).isEmpty();
        assertThat(ptpa.isApplicable()).isFalse();
        assertThat(ptpa.gaps()).isEqualTo(1);

        assertThat(advice.applicable()).extracting(a -> a.statute().code().value())
                .containsExactly("EO-18", "PACHTO-3", "PPC-369A");
        assertThat(advice.statutes()).hasSize(26);
        // one version per code: the version nearest the offence date
        assertThat(advice(advice, "PTPA-3-AGG").statute().version()).isEqualTo(1);
    }

    @Test
    void ties_are_broken_by_fewest_gaps_then_severity_then_code() {
        ChargeAdvice advice = advisor.advise(gulfLabourTrafficking(on), List.of(adultMan()), StatuteCatalogueFixture.catalogue());
        List<StatuteAdvice> all = advice.statutes();
        for (int i = 1; i < all.size(); i++) {
            StatuteAdvice before = all.get(i - 1);
            StatuteAdvice after = all.get(i);
            assertThat(before.isApplicable() || !after.isApplicable()).isTrue();
            if (before.isApplicable() == after.isApplicable()) {
                assertThat(before.gaps()).isLessThanOrEqualTo(after.gaps());
                if (before.gaps() == after.gaps()) {
                    assertThat(before.statute().penalty().severity())
                            .isGreaterThanOrEqualTo(after.statute().penalty().severity());
                }
            }
        }
        // EO-18 and PACHTO-3 (both up to 14 years) outrank PPC-369A (7 years); between the two, the code
        assertThat(all.subList(0, 3)).extracting(a -> a.statute().code().value())
                .containsExactly("EO-18", "PACHTO-3", "PPC-369A");
        List<String> codes = all.stream().map(a -> a.statute().code().value()).toList();
        assertThat(codes.indexOf("PPC-371A")).isLessThan(codes.indexOf("PPC-371B"));
    }

    @Test
    void a_provision_out_of_force_and_out_of_scope_has_two_gaps() {
        ChargeAdvice advice = advisor.advise(internalForcedLabourByFraud(LocalDate.of(2019, 1, 1)), List.of(adultMan()),
                StatuteCatalogueFixture.catalogue());
        StatuteAdvice pachto = advice(advice, "PACHTO-3");
        assertThat(pachto.missing()).isEmpty();
        assertThat(pachto.gaps()).isEqualTo(2);
        assertThat(pachto.whyNotInForce()).contains("PACHTO-3 was not in force on 2019-01-01; it applied from 2002-10-31 to 2018-05-30");
    }

    @Test
    void on_the_last_day_of_pachto_it_is_in_force_and_the_ptpa_is_not_and_the_next_day_the_reverse() {
        LocalDate lastPachtoDay = LocalDate.of(2018, 5, 30);
        ChargeAdvice before = advisor.advise(gulfLabourTrafficking(lastPachtoDay), List.of(adultMan()),
                StatuteCatalogueFixture.catalogue());
        ChargeAdvice after = advisor.advise(gulfLabourTrafficking(lastPachtoDay.plusDays(1)), List.of(adultMan()),
                StatuteCatalogueFixture.catalogue());

        assertThat(advice(before, "PACHTO-3").inForce()).isTrue();
        assertThat(advice(before, "PTPA-3").inForce()).isFalse();
        assertThat(advice(before, "PTPA-3").whyNotInForce()).contains("PTPA-3 was not in force on 2018-05-30; it applies from 2018-05-31");
        assertThat(advice(after, "PACHTO-3").inForce()).isFalse();
        assertThat(advice(after, "PACHTO-3").whyNotInForce())
                .contains("PACHTO-3 was not in force on 2018-05-31; it applied from 2002-10-31 to 2018-05-30");
        assertThat(advice(after, "PTPA-3").inForce()).isTrue();
    }

    @Test
    void each_code_is_advised_in_the_version_in_force_on_either_side_of_an_amendment() {
        LocalDate amendment = StatuteCatalogueFixture.PTPA_AMENDMENT;
        StatuteAdvice before = advice(advisor.advise(gulfLabourTrafficking(amendment.minusDays(1)), List.of(adultWoman()),
                StatuteCatalogueFixture.catalogue()), "PTPA-3-AGG");
        StatuteAdvice on = advice(advisor.advise(gulfLabourTrafficking(amendment), List.of(adultWoman()),
                StatuteCatalogueFixture.catalogue()), "PTPA-3-AGG");

        assertThat(before.statute()).isEqualTo(StatuteCatalogueFixture.PTPA_3_AGG_V1);
        assertThat(before.inForce()).isTrue();
        assertThat(on.statute()).isEqualTo(StatuteCatalogueFixture.PTPA_3_AGG_V2);
        assertThat(on.inForce()).isTrue();
    }

    @Test
    void advice_is_the_same_for_the_same_input() {
        OffenceFacts facts = childSoldForProstitution(on);
        List<Victim> victims = List.of(girlBornOn(LocalDate.of(2004, 2, 1)));
        assertThat(advisor.advise(facts, victims, StatuteCatalogueFixture.catalogue()))
                .isEqualTo(advisor.advise(facts, victims, StatuteCatalogueFixture.catalogue()));
    }
}
