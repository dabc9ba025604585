package org.insaf.domain.casefile;

import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
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

/** Invariants 4 and 5, through the case. */
class ProceedingsTest {

    static final LocalDate VERDICT = LocalDate.of(2018, 3, 1);

    @Test
    void hearings_are_recorded_on_trial_in_order() {
        CaseFixture f = new CaseFixture().charged();
        Hearing first = new Hearing(LocalDate.of(2017, 7, 1), "Sessions Court Lahore", "charge framed", LocalDate.of(2017, 8, 1));
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordHearing(first, TODAY), Rule.ORDER_OF_PROCEEDINGS,
                "a hearing is recorded only while the case is ON_TRIAL; it is CHARGE_SHEET_FILED");
        f.theCase.openTrial(TRIAL, TODAY);
        f.theCase.recordHearing(first, TODAY);
        Hearing earlier = new Hearing(LocalDate.of(2017, 6, 30), "Sessions Court Lahore", "adjourned", null);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordHearing(earlier, TODAY), Rule.BUSINESS_DATE,
                "the hearing date 2017-06-30 is before 2017-07-01");
        Hearing future = new Hearing(TODAY.plusDays(1), "Sessions Court Lahore", "adjourned", null);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordHearing(future, TODAY), Rule.BUSINESS_DATE, "in the future");
        assertThat(f.theCase.hearings()).containsExactly(first);
        assertThat(first.nextHearing()).contains(LocalDate.of(2017, 8, 1));
        assertThatThrownBy(() -> new Hearing(LocalDate.of(2017, 7, 1), "Court", "x", LocalDate.of(2017, 7, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("HEARING_NEXT_DATE_AFTER_HEARING"));
    }

    @Test
    void a_verdict_only_on_trial_and_only_once() {
        CaseFixture f = new CaseFixture().charged();
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY),
                Rule.ORDER_OF_PROCEEDINGS, "a verdict is given only while the case is ON_TRIAL; it is CHARGE_SHEET_FILED");
        f.theCase.openTrial(TRIAL, TODAY);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED,
                TRIAL.minusDays(1), TODAY), Rule.BUSINESS_DATE, "is before");
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordVerdict(OffenceId.random(), VerdictOutcome.CONVICTED,
                VERDICT, TODAY), Rule.PARTIES_OF_THE_CASE, "no charge");
        f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
        assertThat(f.theCase.offences().get(0).verdictGiven()).hasValueSatisfying(v -> {
            assertThat(v.outcome()).isEqualTo(VerdictOutcome.CONVICTED);
            assertThat(v.date()).isEqualTo(VERDICT);
        });
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordVerdict(f.offenceId, VerdictOutcome.ACQUITTED, VERDICT, TODAY),
                Rule.ORDER_OF_PROCEEDINGS, "the charge under PPC-369A already has a verdict (CONVICTED on 2018-03-01)");
    }

    @Test
    void a_sentence_only_after_a_conviction_and_within_the_law() {
        CaseFixture f = new CaseFixture().onTrial();
        Sentence sixYears = Sentence.imprisonment(VERDICT, Period.ofYears(6));
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId, sixYears, CATALOGUE, TODAY),
                Rule.ORDER_OF_PROCEEDINGS, "a sentence follows only a conviction; the charge under PPC-369A has no verdict yet");
        f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId,
                Sentence.imprisonment(VERDICT, Period.ofYears(8)), CATALOGUE, TODAY),
                Rule.SENTENCE_WITHIN_LAW, "PPC-369A allows 5 to 7 years, or a fine of PKR 500,000 to PKR 700,000, or both; "
                        + "8 years is above the maximum");
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId,
                Sentence.imprisonment(VERDICT.minusDays(1), Period.ofYears(6)), CATALOGUE, TODAY),
                Rule.BUSINESS_DATE, "the sentence date 2018-02-28 is before 2018-03-01");
        f.theCase.recordSentence(f.offenceId, sixYears.withFine(Rupees.of(600_000)), CATALOGUE, TODAY);
        assertThat(f.theCase.offences().get(0).sentencePassed()).contains(sixYears.withFine(Rupees.of(600_000)));
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId, sixYears, CATALOGUE, TODAY),
                Rule.ORDER_OF_PROCEEDINGS, "already been sentenced");
    }

    @Test
    void an_acquittal_or_withdrawal_carries_no_sentence() {
        CaseFixture f = new CaseFixture().onTrial();
        f.theCase.recordVerdict(f.offenceId, VerdictOutcome.WITHDRAWN, VERDICT, TODAY);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId,
                Sentence.imprisonment(VERDICT, Period.ofYears(6)), CATALOGUE, TODAY),
                Rule.ORDER_OF_PROCEEDINGS, "the charge under PPC-369A ended WITHDRAWN");
    }

    @Test
    void the_case_is_decided_only_when_every_charge_has_a_verdict_and_every_conviction_a_sentence() {
        CaseFixture f = new CaseFixture().investigating();
        OffenceId second = OffenceId.random();
        f.theCase.fileChargeSheet(List.of(f.validCharge(), new Charge(second, f.accusedId, PPC_369A, Set.of(f.victimId),
                internalForcedLabourByFraud(OFFENCE.plusDays(1)))), CATALOGUE, CHARGED, TODAY);
        f.theCase.openTrial(TRIAL, TODAY);
        f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.decide(VERDICT, TODAY), Rule.ORDER_OF_PROCEEDINGS,
                "the case is decided only when every charge has a verdict; still open: PPC-369A");
        f.theCase.recordVerdict(second, VerdictOutcome.WITHDRAWN, VERDICT, TODAY);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.decide(VERDICT, TODAY), Rule.ORDER_OF_PROCEEDINGS,
                "every conviction has a sentence; not yet sentenced: PPC-369A");
        f.theCase.recordSentence(f.offenceId, Sentence.fineOnly(VERDICT, Rupees.of(500_000)), CATALOGUE, TODAY);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.decide(VERDICT.minusDays(1), TODAY), Rule.BUSINESS_DATE, "before");
        f.theCase.decide(VERDICT, TODAY);
        assertThat(f.theCase.status()).isEqualTo(CaseStatus.DECIDED);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordVerdict(second, VerdictOutcome.CONVICTED, VERDICT, TODAY),
                Rule.ORDER_OF_PROCEEDINGS, "it is DECIDED");
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(second,
                Sentence.fineOnly(VERDICT, Rupees.of(500_000)), CATALOGUE, TODAY),
                Rule.ORDER_OF_PROCEEDINGS, "a sentence is passed only while the case is ON_TRIAL; it is DECIDED");
    }

    @Test
    void a_sentence_needs_the_statute_in_the_catalogue() {
        CaseFixture f = new CaseFixture().onTrial();
        f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId,
                Sentence.imprisonment(VERDICT, Period.ofYears(6)),
                new org.insaf.domain.statute.StatuteCatalogue(java.util.List.of(org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3)),
                TODAY), Rule.LAW_IN_FORCE, "PPC-369A v1 is not in the statute catalogue");
    }
}
