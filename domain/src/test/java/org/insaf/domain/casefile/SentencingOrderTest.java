package org.insaf.domain.casefile;

import org.insaf.domain.casefile.event.SentencingOrderMade;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.Compensation;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.EffectiveTerm;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.*;
import static org.insaf.domain.casefile.ChargingTest.assertRefusedUnchanged;
import static org.insaf.domain.offence.FactsFixture.internalForcedLabourByFraud;
import static org.insaf.domain.sentencing.ImprisonmentDescription.RIGOROUS;
import static org.insaf.domain.sentencing.ImprisonmentDescription.SIMPLE;

/** One sentence over several charges: the judge's sentencing order (s.35, s.382-B, s.544-A CrPC; PPC ss.64-67). */
class SentencingOrderTest {

    static final LocalDate VERDICT = LocalDate.of(2018, 3, 1);
    static final LocalDate SENTENCED = LocalDate.of(2018, 3, 15);
    /** PPC-369A: up to 7 years, so at most 21 months in default of a fine. */
    static final Period QUARTER_OF_369A = Period.ofMonths(21);

    final CaseFixture f = new CaseFixture().investigating();
    final OffenceId second = OffenceId.random();

    /** Two charges under PPC-369A (5 to 7 years, or a fine, or both), both convicted and sentenced. */
    SentencingOrderTest() {
        f.theCase.fileChargeSheet(List.of(f.validCharge(), new Charge(second, f.accusedId, PPC_369A, Set.of(f.victimId),
                internalForcedLabourByFraud(OFFENCE))), CATALOGUE, CHARGED, TODAY);
        f.theCase.openTrial(TRIAL, TODAY);
        f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
        f.theCase.convictOnGuiltyPlea(second, VERDICT, TODAY);
        f.theCase.recordSentence(f.offenceId, Sentence.imprisonment(SENTENCED, Period.ofYears(6)).withFine(Rupees.of(600_000)),
                CATALOGUE, TODAY);
        f.theCase.recordSentence(second, Sentence.imprisonment(SENTENCED, Period.ofYears(5).plusMonths(6)), CATALOGUE, TODAY);
    }

    ChargeDirection term(OffenceId charge, int run) {
        return new ChargeDirection(charge, run, RIGOROUS, null);
    }

    SentencingOrder order(List<ChargeDirection> directions, int creditDays, List<Compensation> compensation) {
        return new SentencingOrder(f.accusedId, SENTENCED, directions, creditDays, compensation);
    }

    SentencingOrder consecutive(int creditDays) {
        return order(List.of(term(f.offenceId, 1), term(second, 2)), creditDays, List.of());
    }

    @Nested
    class Terms_run_concurrently_or_consecutively_s35 {

        @Test
        void consecutive_terms_add_up_and_the_custody_credit_brings_the_release_forward() {
            f.theCase.eventsSaved();
            SentencingOrder order = consecutive(100);
            f.theCase.makeSentencingOrder(order, CATALOGUE, TODAY);
            EffectiveTerm term = f.theCase.effectiveTerm(f.accusedId).orElseThrow();
            assertThat(term.total()).isEqualTo(Period.of(11, 6, 0));
            assertThat(term.releaseDate()).contains(SENTENCED.plus(Period.of(11, 6, 0)).minusDays(100));
            assertThat(f.theCase.sentencingOrder(f.accusedId)).contains(order);
            assertThat(f.theCase.sentencingOrders()).containsExactly(order);
            assertThat(f.theCase.pendingEvents()).containsExactly(new SentencingOrderMade(f.theCase.id(), order));
            assertThat(f.theCase.pendingEvents().get(0).on()).isEqualTo(SENTENCED);
            assertThat(f.theCase.snapshot().sentencingOrders()).containsExactly(order);
            assertThat(Case.reconstitute(f.theCase.snapshot()).effectiveTerm(f.accusedId)).contains(term);
        }

        @Test
        void concurrent_terms_last_as_long_as_the_longest() {
            f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1), new ChargeDirection(second, 1, SIMPLE, null)),
                    0, List.of()), CATALOGUE, TODAY);
            EffectiveTerm term = f.theCase.effectiveTerm(f.accusedId).orElseThrow();
            assertThat(term.total()).isEqualTo(Period.ofYears(6));
            assertThat(term.releaseDate()).contains(SENTENCED.plusYears(6));
        }

        @Test
        void every_conviction_once_and_nothing_else() {
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1)), 0,
                    List.of()), CATALOGUE, TODAY), Rule.SENTENCING_ORDER,
                    "the sentencing order must speak of every conviction of the accused; it omits PPC-369A");
            OffenceId stranger = OffenceId.random();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1),
                    term(second, 1), term(stranger, 1)), 0, List.of()), CATALOGUE, TODAY), Rule.SENTENCING_ORDER,
                    "charge " + stranger + " is not a conviction of this accused in this case");
            assertThatThrownBy(() -> order(List.of(term(f.offenceId, 1), term(f.offenceId, 2)), 0, List.of()))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("ORDER_CHARGE_ONCE"));
            assertThatThrownBy(() -> order(List.of(), 0, List.of()))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("ORDER_NAMES_A_CHARGE"));
        }

        @Test
        void a_term_has_its_run_and_description_and_nothing_else_has_one() {
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1),
                    new ChargeDirection(second, null, null, null)), 0, List.of()), CATALOGUE, TODAY), Rule.SENTENCING_ORDER,
                    "the term under PPC-369A needs its run (s.35 CrPC) and its description");
            assertThatThrownBy(() -> new ChargeDirection(second, 1, null, null)).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("DIRECTION_TERM_HAS_RUN_AND_DESCRIPTION"));
            assertThatThrownBy(() -> new ChargeDirection(second, 0, SIMPLE, null)).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("DIRECTION_RUN_FROM_ONE"));
        }

        @Test
        void a_fine_alone_is_in_no_run_and_life_has_no_release_date() {
            CaseFixture g = new CaseFixture().onTrial();
            g.theCase.recordVerdict(g.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
            g.theCase.recordSentence(g.offenceId, Sentence.fineOnly(SENTENCED, Rupees.of(600_000)), CATALOGUE, TODAY);
            assertRefusedUnchanged(g.theCase, () -> g.theCase.makeSentencingOrder(new SentencingOrder(g.accusedId, SENTENCED,
                    List.of(new ChargeDirection(g.offenceId, 1, SIMPLE, null)), 0, List.of()), CATALOGUE, TODAY),
                    Rule.SENTENCING_ORDER, "only a term of imprisonment is served in a run; the sentence under PPC-369A is"
                            + " no imprisonment and a fine of PKR 600,000");
            g.theCase.makeSentencingOrder(new SentencingOrder(g.accusedId, SENTENCED,
                    List.of(new ChargeDirection(g.offenceId, null, null, Period.ofMonths(3))), 0, List.of()), CATALOGUE, TODAY);
            assertThat(g.theCase.effectiveTerm(g.accusedId).orElseThrow())
                    .isEqualTo(new EffectiveTerm(Period.ZERO, 0, Optional.empty()));
            assertThat(EffectiveTerm.of(SENTENCED, java.util.Map.of(1, List.of(Period.ofYears(3))), 0, true).releaseDate()).isEmpty();
        }
    }

    @Nested
    class Imprisonment_in_default_of_a_fine_PPC_s65 {

        @Test
        void exactly_a_quarter_of_the_maximum_term_is_allowed() {
            f.theCase.makeSentencingOrder(order(List.of(new ChargeDirection(f.offenceId, 1, RIGOROUS, QUARTER_OF_369A),
                    term(second, 2)), 0, List.of()), CATALOGUE, TODAY);
            assertThat(f.theCase.sentencingOrder(f.accusedId).orElseThrow().directionFor(f.offenceId).orElseThrow()
                    .defaultTerm()).contains(QUARTER_OF_369A.normalized());
        }

        @Test
        void one_day_over_a_quarter_is_refused() {
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(order(List.of(new ChargeDirection(
                    f.offenceId, 1, RIGOROUS, QUARTER_OF_369A.plusDays(1)), term(second, 2)), 0, List.of()), CATALOGUE, TODAY),
                    Rule.IMPRISONMENT_IN_DEFAULT_OF_FINE, "imprisonment in default of a fine is at most a quarter of the"
                            + " maximum term of PPC-369A (7 years, PPC s.65): 1 year 9 months 1 day is above it");
        }

        @Test
        void only_where_a_fine_was_imposed() {
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1),
                    new ChargeDirection(second, 2, RIGOROUS, Period.ofMonths(1))), 0, List.of()), CATALOGUE, TODAY),
                    Rule.IMPRISONMENT_IN_DEFAULT_OF_FINE, "imprisonment in default follows a fine (PPC s.64); the sentence"
                            + " under PPC-369A imposes none");
            assertThatThrownBy(() -> new ChargeDirection(second, 1, SIMPLE, Period.ofDays(-1))).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("DIRECTION_DEFAULT_TERM_POSITIVE"));
            assertThatThrownBy(() -> new ChargeDirection(second, 1, SIMPLE, Period.ZERO)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new ChargeDirection(second, 1, SIMPLE, Period.of(100, 0, 36_601))).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("DIRECTION_DEFAULT_TERM_BOUNDED"));
            assertThatThrownBy(() -> new ChargeDirection(second, 1, SIMPLE, Period.of(100, 1, 0))).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("DIRECTION_DEFAULT_TERM_BOUNDED"));
            assertThatThrownBy(() -> new ChargeDirection(second, 1, SIMPLE, Period.of(Integer.MAX_VALUE, 0, 0)))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(new ChargeDirection(second, 1, SIMPLE, Period.of(100, 0, 36_600)).defaultTerm()).isPresent();
        }
    }

    @Nested
    class Credit_for_time_in_custody_s382B {

        @Test
        void at_most_the_days_from_the_offence_to_the_sentence() {
            int possible = (int) ChronoUnit.DAYS.between(OFFENCE, SENTENCED);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(consecutive(possible + 1), CATALOGUE, TODAY),
                    Rule.CUSTODY_CREDIT, (possible + 1) + " days in custody cannot have been spent for an offence of 2016-11-20"
                            + " by the sentence of 2018-03-15: at most " + possible + " days (s.382-B CrPC)");
            f.theCase.makeSentencingOrder(consecutive(possible), CATALOGUE, TODAY);
            assertThat(f.theCase.effectiveTerm(f.accusedId).orElseThrow().releaseDate())
                    .contains(SENTENCED.plus(Period.of(11, 6, 0)).minusDays(possible));
            assertThatThrownBy(() -> consecutive(-1)).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.rule()).isEqualTo("CUSTODY_CREDIT_NOT_NEGATIVE"));
        }
    }

    @Nested
    class Compensation_to_victims_s544A_and_PTPA {

        @Test
        void to_a_victim_of_the_convictions_under_s544A() {
            Compensation paid = new Compensation(f.victimId, Rupees.of(300_000), CompensationLaw.CRPC_544A);
            f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1), term(second, 2)), 0, List.of(paid)),
                    CATALOGUE, TODAY);
            assertThat(f.theCase.sentencingOrder(f.accusedId).orElseThrow().compensation()).containsExactly(paid);
        }

        @Test
        void not_to_anyone_else_and_under_the_PTPA_only_for_a_conviction_under_it() {
            PersonId stranger = PersonId.random();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1),
                    term(second, 2)), 0, List.of(new Compensation(stranger, Rupees.of(1), CompensationLaw.CRPC_544A))),
                    CATALOGUE, TODAY), Rule.VICTIM_COMPENSATION, "compensation goes to a victim of the offences the accused"
                    + " was convicted of; " + stranger + " is not one");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(order(List.of(term(f.offenceId, 1),
                    term(second, 2)), 0, List.of(new Compensation(f.victimId, Rupees.of(1), CompensationLaw.PTPA_2018))),
                    CATALOGUE, TODAY), Rule.VICTIM_COMPENSATION, "compensation under the PTPA 2018 follows a conviction under"
                    + " that Act; order it under s.544-A CrPC");
            assertThatThrownBy(() -> new Compensation(f.victimId, Rupees.of(0), CompensationLaw.CRPC_544A))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("COMPENSATION_POSITIVE"));
            Compensation once = new Compensation(f.victimId, Rupees.of(5), CompensationLaw.CRPC_544A);
            assertThatThrownBy(() -> order(List.of(term(f.offenceId, 1)), 0, List.of(once, once)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("ORDER_COMPENSATION_ONCE"));
        }
    }

    @Nested
    class When_the_order_is_made {

        @Test
        void once_every_charge_is_decided_and_every_conviction_sentenced() {
            CaseFixture g = new CaseFixture().onTrial();
            SentencingOrder early = new SentencingOrder(g.accusedId, SENTENCED, List.of(term(g.offenceId, 1)), 0, List.of());
            assertRefusedUnchanged(g.theCase, () -> g.theCase.makeSentencingOrder(early, CATALOGUE, TODAY),
                    Rule.SENTENCING_ORDER, "the sentencing order comes when every charge of the accused has its verdict; still open: PPC-369A");
            g.theCase.recordVerdict(g.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
            assertRefusedUnchanged(g.theCase, () -> g.theCase.makeSentencingOrder(early, CATALOGUE, TODAY),
                    Rule.SENTENCING_ORDER, "the sentencing order comes when every conviction has its sentence; not yet sentenced: PPC-369A");
            CaseFixture h = new CaseFixture().onTrial();
            h.theCase.recordVerdict(h.offenceId, VerdictOutcome.ACQUITTED, VERDICT, TODAY);
            assertRefusedUnchanged(h.theCase, () -> h.theCase.makeSentencingOrder(new SentencingOrder(h.accusedId, SENTENCED,
                    List.of(term(h.offenceId, 1)), 0, List.of()), CATALOGUE, TODAY), Rule.SENTENCING_ORDER,
                    "the accused was convicted of no charge: there is nothing to sentence");
        }

        @Test
        void once_per_accused_of_the_case_also_after_the_decision_and_not_before_the_sentences() {
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(new SentencingOrder(f.victimId, SENTENCED,
                    List.of(term(f.offenceId, 1)), 0, List.of()), CATALOGUE, TODAY), Rule.PARTIES_OF_THE_CASE,
                    "is not accused in this case");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(new SentencingOrder(f.accusedId,
                    SENTENCED.minusDays(1), List.of(term(f.offenceId, 1), term(second, 1)), 0, List.of()), CATALOGUE, TODAY),
                    Rule.BUSINESS_DATE, "the sentencing order date 2018-03-14 is before 2018-03-15");
            f.theCase.decide(SENTENCED, TODAY);
            f.theCase.makeSentencingOrder(consecutive(0), CATALOGUE, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(consecutive(1), CATALOGUE, TODAY),
                    Rule.SENTENCING_ORDER, "the accused already has a sentencing order in this case; it is made once");
            assertThat(f.theCase.latestDate()).isEqualTo(SENTENCED);
            f.theCase.close(SENTENCED, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.makeSentencingOrder(consecutive(0), CATALOGUE, TODAY),
                    Rule.LIFECYCLE, "a sentencing order is possible only while the case is ON_TRIAL or DECIDED; it is CLOSED");
        }
    }
}
