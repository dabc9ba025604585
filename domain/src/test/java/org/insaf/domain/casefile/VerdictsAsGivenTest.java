package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictEffect;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Procedure;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.*;
import static org.insaf.domain.casefile.ChargingTest.assertRefusedUnchanged;
import static org.insaf.domain.offence.FactsFixture.internalForcedLabourByFraud;

/** Verdicts as courts give them: withdrawal (s.494), composition (s.345), abatement (s.431), plea (s.265-E). */
class VerdictsAsGivenTest {

    static final LocalDate ON = LocalDate.of(2018, 3, 1);

    /** The same catalogue, but with PPC-369A compoundable, to see a composition the law allows. */
    static StatuteCatalogue compoundable369A() {
        Statute s = StatuteCatalogueFixture.PPC_369A;
        Procedure p = s.procedure();
        Statute compoundable = new Statute(s.code(), s.version(), s.act(), s.section(), s.title(), s.category(),
                s.scope(), s.elements(), s.penalty(), s.inForce(),
                new Procedure(p.cognizable(), p.bailable(), true, p.triedBy(), p.investigatedBy()), s.source());
        return new StatuteCatalogue(CATALOGUE.all().stream().map(x -> x.ref().equals(s.ref()) ? compoundable : x).toList());
    }

    private static Verdict verdictOf(CaseFixture f) {
        return f.theCase.offences().get(0).verdict();
    }

    @Nested
    class Withdrawal_from_the_prosecution_s494 {

        @Test
        void before_the_charge_is_framed_it_discharges_and_the_case_can_be_decided_without_a_trial() {
            CaseFixture f = new CaseFixture().charged();
            f.theCase.withdrawFromProsecution(f.offenceId, ON, TODAY);
            assertThat(verdictOf(f)).isEqualTo(Verdict.withdrawn(ON, false));
            assertThat(verdictOf(f).effect()).isEqualTo(VerdictEffect.DISCHARGE);
            f.theCase.decide(ON, TODAY);
            assertThat(f.theCase.status()).isEqualTo(CaseStatus.DECIDED);
        }

        @Test
        void after_the_charge_is_framed_it_acquits_and_the_old_WITHDRAWN_verdict_is_this_withdrawal() {
            CaseFixture f = new CaseFixture().onTrial();
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.WITHDRAWN, ON, TODAY);
            assertThat(verdictOf(f)).isEqualTo(Verdict.withdrawn(ON, true));
            assertThat(verdictOf(f).effect()).isEqualTo(VerdictEffect.ACQUITTAL);
            assertThat(f.theCase.offences().get(0).isConvicted()).isFalse();
        }

        @Test
        void only_before_judgment() {
            CaseFixture f = new CaseFixture().onTrial();
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.ACQUITTED, ON, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.withdrawFromProsecution(f.offenceId, ON, TODAY),
                    Rule.WITHDRAWAL_FROM_PROSECUTION, "the charge under PPC-369A cannot be withdrawn: it already has a verdict"
                            + " (ACQUITTED on 2018-03-01)");
        }

        @Test
        void not_before_the_charge_sheet_nor_after_the_decision() {
            CaseFixture investigating = new CaseFixture().investigating();
            assertRefusedUnchanged(investigating.theCase, () -> investigating.theCase.withdrawFromProsecution(
                    investigating.offenceId, ON, TODAY), Rule.PARTIES_OF_THE_CASE, "no charge");
            CaseFixture f = new CaseFixture().charged();
            f.theCase.withdrawFromProsecution(f.offenceId, ON, TODAY);
            f.theCase.decide(ON, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.withdrawFromProsecution(f.offenceId, ON, TODAY),
                    Rule.WITHDRAWAL_FROM_PROSECUTION, "only after the charge sheet and before judgment (s.494 CrPC); the case is DECIDED");
        }

        @Test
        void on_a_business_date() {
            CaseFixture f = new CaseFixture().charged();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.withdrawFromProsecution(f.offenceId, CHARGED.minusDays(1), TODAY),
                    Rule.BUSINESS_DATE, "is before");
        }
    }

    @Nested
    class Composition_s345 {

        @Test
        void a_non_compoundable_offence_is_refused() {
            CaseFixture f = new CaseFixture().onTrial();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.compound(f.offenceId, f.victimId, CATALOGUE, ON, TODAY),
                    Rule.COMPOUNDING, "PPC-369A (version 1) is not compoundable: s.345 CrPC allows only the offences the law"
                            + " makes compoundable");
        }

        @Test
        void a_compoundable_offence_is_compounded_by_its_victim_with_the_effect_of_an_acquittal() {
            CaseFixture f = new CaseFixture().onTrial();
            f.theCase.compound(f.offenceId, f.victimId, compoundable369A(), ON, TODAY);
            assertThat(verdictOf(f)).isEqualTo(Verdict.compounded(ON, f.victimId));
            assertThat(verdictOf(f).effect()).isEqualTo(VerdictEffect.ACQUITTAL);
            assertThat(verdictOf(f).compoundingParty()).contains(f.victimId);
        }

        @Test
        void also_before_the_charge_is_framed() {
            CaseFixture f = new CaseFixture().charged();
            f.theCase.compound(f.offenceId, f.victimId, compoundable369A(), ON, TODAY);
            assertThat(verdictOf(f).outcome()).isEqualTo(VerdictOutcome.COMPOUNDED);
        }

        @Test
        void only_by_the_person_aggrieved_and_only_before_judgment() {
            CaseFixture f = new CaseFixture().onTrial();
            PersonId stranger = PersonId.random();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.compound(f.offenceId, stranger, compoundable369A(), ON, TODAY),
                    Rule.COMPOUNDING, "only the person aggrieved compounds an offence (s.345 CrPC): " + stranger
                            + " is not a victim of the charge under PPC-369A");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.compound(f.offenceId, f.accusedId, compoundable369A(), ON, TODAY),
                    Rule.COMPOUNDING, "is not a victim of the charge");
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, ON, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.compound(f.offenceId, f.victimId, compoundable369A(), ON, TODAY),
                    Rule.COMPOUNDING, "cannot be compounded: it already has a verdict (CONVICTED on 2018-03-01)");
        }

        @Test
        void not_after_the_decision() {
            CaseFixture f = new CaseFixture().onTrial();
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.ACQUITTED, ON, TODAY);
            f.theCase.decide(ON, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.compound(f.offenceId, f.victimId, compoundable369A(), ON, TODAY),
                    Rule.COMPOUNDING, "after the charge sheet and before judgment; the case is DECIDED");
        }

        @Test
        void the_verdict_by_itself_needs_its_particulars() {
            CaseFixture f = new CaseFixture().onTrial();
            assertThatThrownBy(() -> f.theCase.recordVerdict(f.offenceId, VerdictOutcome.COMPOUNDED, ON, TODAY))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("VERDICT_PARTICULARS"))
                    .hasMessage("a verdict COMPOUNDED is recorded with its particulars (who compounded)");
            assertThatThrownBy(() -> f.theCase.recordVerdict(f.offenceId, VerdictOutcome.ABATED, ON, TODAY))
                    .hasMessage("a verdict ABATED is recorded with its particulars (the day the accused died)");
            assertThat(f.theCase.offences().get(0).isDecided()).isFalse();
        }
    }

    @Nested
    class Abatement_on_death_s431 {

        private CaseFixture twoCharges(boolean onTrial) {
            CaseFixture f = new CaseFixture().investigating();
            Charge second = new Charge(OffenceId.random(), f.accusedId, PPC_369A, Set.of(f.victimId),
                    internalForcedLabourByFraud(OFFENCE));
            f.theCase.fileChargeSheet(List.of(f.validCharge(), second), CATALOGUE, CHARGED, TODAY);
            if (onTrial) {
                f.theCase.openTrial(TRIAL, TODAY);
            }
            return f;
        }

        @Test
        void every_pending_charge_of_the_accused_abates_with_the_day_of_death() {
            CaseFixture f = twoCharges(true);
            f.theCase.eventsSaved();
            LocalDate died = ON.minusDays(10);
            f.theCase.abate(f.accusedId, died, ON, TODAY);
            assertThat(f.theCase.offences()).extracting(Offence::verdict).containsOnly(Verdict.abated(ON, died));
            assertThat(f.theCase.offences().get(0).verdict().dateOfDeath()).contains(died);
            assertThat(f.theCase.offences().get(0).verdict().effect()).isEqualTo(VerdictEffect.ABATEMENT);
            assertThat(f.theCase.pendingEvents()).hasSize(2);
        }

        @Test
        void a_charge_already_decided_keeps_its_verdict() {
            CaseFixture f = twoCharges(true);
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.ACQUITTED, ON, TODAY);
            f.theCase.abate(f.accusedId, ON, ON, TODAY);
            assertThat(f.theCase.offences()).extracting(o -> o.verdict().outcome())
                    .containsExactly(VerdictOutcome.ACQUITTED, VerdictOutcome.ABATED);
        }

        @Test
        void the_death_is_not_before_the_offence_nor_before_a_verdict_given_against_the_accused() {
            CaseFixture f = twoCharges(true);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.abate(f.accusedId, OFFENCE.minusDays(1), ON, TODAY),
                    Rule.ABATEMENT_ON_DEATH, "the accused cannot have died (2016-11-19) before the offence they are charged with (2016-11-20)");
            f.theCase.abate(f.accusedId, OFFENCE, ON, TODAY);
            CaseFixture g = twoCharges(true);
            g.theCase.recordVerdict(g.offenceId, VerdictOutcome.CONVICTED, ON, TODAY);
            assertRefusedUnchanged(g.theCase, () -> g.theCase.abate(g.accusedId, ON.minusDays(1), ON, TODAY),
                    Rule.ABATEMENT_ON_DEATH, "the accused cannot have died (2018-02-28) before the verdict given against them on 2018-03-01");
        }

        @Test
        void the_death_is_not_after_the_day_it_is_recorded() {
            CaseFixture f = twoCharges(false);
            assertThatThrownBy(() -> f.theCase.abate(f.accusedId, ON.plusDays(1), ON, TODAY))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("VERDICT_DATE_OF_DEATH"));
            f.theCase.abate(f.accusedId, ON, ON, TODAY);
            f.theCase.decide(ON, TODAY);
            assertThat(f.theCase.status()).isEqualTo(CaseStatus.DECIDED);
        }

        @Test
        void only_of_an_accused_of_the_case_with_something_pending() {
            CaseFixture f = new CaseFixture().onTrial();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.abate(f.victimId, ON, ON, TODAY), Rule.PARTIES_OF_THE_CASE,
                    "is not accused in this case");
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.ACQUITTED, ON, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.abate(f.accusedId, ON, ON, TODAY), Rule.ABATEMENT_ON_DEATH,
                    "every charge of this accused already has its verdict: nothing is pending to abate");
            f.theCase.decide(ON, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.abate(f.accusedId, ON, ON, TODAY), Rule.ABATEMENT_ON_DEATH,
                    "proceedings abate only while they are pending, after the charge sheet and before judgment; the case is DECIDED");
        }
    }

    @Nested
    class Conviction_on_a_plea_of_guilty_s265E {

        @Test
        void only_once_the_charge_is_framed() {
            CaseFixture f = new CaseFixture().charged();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.convictOnGuiltyPlea(f.offenceId, ON, TODAY),
                    Rule.CONVICTION_ON_GUILTY_PLEA, "the accused pleads to a charge once it is framed (s.265-E CrPC), while the"
                            + " case is ON_TRIAL; it is CHARGE_SHEET_FILED");
        }

        @Test
        void is_a_conviction_and_is_sentenced_like_one() {
            CaseFixture f = new CaseFixture().onTrial();
            f.theCase.convictOnGuiltyPlea(f.offenceId, ON, TODAY);
            assertThat(verdictOf(f)).isEqualTo(Verdict.convictedOnGuiltyPlea(ON));
            assertThat(verdictOf(f).outcome()).isEqualTo(VerdictOutcome.CONVICTED);
            assertThat(verdictOf(f).onGuiltyPlea()).isTrue();
            assertThat(f.theCase.offences().get(0).isConvicted()).isTrue();
            f.theCase.recordSentence(f.offenceId, Sentence.imprisonment(ON, Period.ofYears(5)).withFine(Rupees.of(500_000)),
                    CATALOGUE, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.convictOnGuiltyPlea(f.offenceId, ON, TODAY),
                    Rule.CONVICTION_ON_GUILTY_PLEA, "already has a verdict (CONVICTED on 2018-03-01)");
        }
    }

    @Nested
    class The_verdict_value {

        @Test
        void holds_only_the_particulars_its_outcome_has() {
            PersonId victim = PersonId.random();
            assertInvalid(() -> new Verdict(VerdictOutcome.ACQUITTED, ON, true, VerdictEffect.ACQUITTAL, null, null),
                    "VERDICT_PLEA_ONLY_CONVICTS");
            assertInvalid(() -> new Verdict(VerdictOutcome.CONVICTED, ON, false, VerdictEffect.ACQUITTAL, null, null),
                    "VERDICT_EFFECT_MATCHES_OUTCOME");
            assertInvalid(() -> new Verdict(VerdictOutcome.WITHDRAWN, ON, false, VerdictEffect.CONVICTION, null, null),
                    "VERDICT_EFFECT_MATCHES_OUTCOME");
            assertInvalid(() -> new Verdict(VerdictOutcome.ABATED, ON, false, VerdictEffect.ACQUITTAL, null, ON),
                    "VERDICT_EFFECT_MATCHES_OUTCOME");
            assertInvalid(() -> new Verdict(VerdictOutcome.ACQUITTED, ON, false, VerdictEffect.ACQUITTAL, victim, null),
                    "VERDICT_COMPOUNDING_PARTY");
            assertInvalid(() -> new Verdict(VerdictOutcome.COMPOUNDED, ON, false, VerdictEffect.ACQUITTAL, null, null),
                    "VERDICT_COMPOUNDING_PARTY");
            assertInvalid(() -> new Verdict(VerdictOutcome.ACQUITTED, ON, false, VerdictEffect.ACQUITTAL, null, ON),
                    "VERDICT_DATE_OF_DEATH");
            assertInvalid(() -> Verdict.abated(ON, ON.plusDays(1)), "VERDICT_DATE_OF_DEATH");
            assertInvalid(() -> new Verdict(VerdictOutcome.WITHDRAWN, ON), "VERDICT_PARTICULARS");
            assertInvalid(() -> new Verdict(VerdictOutcome.CONVICTED, ON, false, null, null, null), "REQUIRED");
            assertThat(Verdict.abated(ON, ON).dateOfDeath()).contains(ON);
            assertThat(new Verdict(VerdictOutcome.CONVICTED, ON).compoundingParty()).isEmpty();
            assertThat(new Verdict(VerdictOutcome.CONVICTED, ON).dateOfDeath()).isEmpty();
            assertThat(new Verdict(VerdictOutcome.ACQUITTED, ON).effect()).isEqualTo(VerdictEffect.ACQUITTAL);
            assertThat(new Verdict(VerdictOutcome.CONVICTED, ON).effect()).isEqualTo(VerdictEffect.CONVICTION);
        }

        private static void assertInvalid(Runnable make, String rule) {
            assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.rule()).isEqualTo(rule));
        }
    }
}
