package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.MakeSentencingOrderUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.VerdictEffect;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.Compensation;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.application.service.CaseStory.*;

/** Verdicts as courts give them and the sentencing order, through the judge's use cases. */
class VerdictsAndSentencingOrderTest extends UseCaseTest {

    private RecordVerdictUseCase.Command verdict(CaseStory s, PersonId accused, VerdictOutcome outcome, boolean plea,
                                                 Optional<PersonId> by, Optional<LocalDate> died) {
        return new RecordVerdictUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(), s.offenceAgainst(accused), outcome,
                VERDICT, plea, by, died);
    }

    @Test
    void a_conviction_on_a_plea_of_guilty_is_a_conviction_that_says_so() {
        CaseStory s = story().onTrial();
        AuditEntry entry = audited(s.id(), () -> app.trial.recordVerdict(verdict(s, s.recruiter, VerdictOutcome.CONVICTED,
                true, Optional.empty(), Optional.empty())));
        assertThat(entry.action()).isEqualTo(AuditAction.RECORD_VERDICT);
        assertThat(entry.events()).contains("outcome=CONVICTED onGuiltyPlea=true");
        Offence charge = app.load(s.id()).offences().stream().filter(o -> o.accused().equals(s.recruiter)).findFirst().orElseThrow();
        assertThat(charge.isConvicted()).isTrue();
        assertThat(charge.verdict().onGuiltyPlea()).isTrue();
    }

    @Test
    void withdrawals_before_the_charge_is_framed_discharge_and_decide_the_case_without_a_trial() {
        CaseStory s = story().charged();
        app.trial.recordVerdict(verdict(s, s.recruiter, VerdictOutcome.WITHDRAWN, false, Optional.empty(), Optional.empty()));
        CaseView view = app.trial.recordVerdict(verdict(s, s.transporter, VerdictOutcome.WITHDRAWN, false, Optional.empty(),
                Optional.empty()));
        assertThat(view.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(CaseProjection.of(view).charges()).extracting(c -> c.verdict().effect())
                .containsOnly(VerdictEffect.DISCHARGE);
        assertThat(lastAuditOf(s.id()).events()).contains("effect=DISCHARGE").contains("CaseDecided");
    }

    @Test
    void a_composition_of_a_non_compoundable_offence_is_refused_and_changes_nothing() {
        CaseStory s = story().onTrial();
        violates(s.id(), Rule.COMPOUNDING, () -> app.trial.recordVerdict(verdict(s, s.recruiter, VerdictOutcome.COMPOUNDED,
                false, Optional.of(s.childId()), Optional.empty())));
    }

    @Test
    void an_abatement_ends_the_accused_s_pending_charges() {
        CaseStory s = story().onTrial();
        CaseView view = app.trial.recordVerdict(verdict(s, s.transporter, VerdictOutcome.ABATED, false, Optional.empty(),
                Optional.of(VERDICT.minusDays(3))));
        assertThat(view.offences()).filteredOn(o -> o.accused().equals(s.transporter))
                .allSatisfy(o -> assertThat(o.verdict().dateOfDeath()).contains(VERDICT.minusDays(3)));
        violates(s.id(), Rule.ABATEMENT_ON_DEATH, () -> app.trial.recordVerdict(verdict(s, s.recruiter, VerdictOutcome.ABATED,
                false, Optional.empty(), Optional.of(OFFENCE.minusDays(1)))));
    }

    @Test
    void the_particulars_go_with_their_outcome_only() {
        CaseStory s = story().onTrial();
        var charge = s.offenceAgainst(s.recruiter);
        assertThatThrownBy(() -> new RecordVerdictUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(), charge,
                VerdictOutcome.ACQUITTED, VERDICT, true, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("onGuiltyPlea goes only with the outcome CONVICTED");
        assertThatThrownBy(() -> new RecordVerdictUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(), charge,
                VerdictOutcome.COMPOUNDED, VERDICT, false, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("compoundedBy");
        assertThatThrownBy(() -> new RecordVerdictUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(), charge,
                VerdictOutcome.CONVICTED, VERDICT, false, Optional.empty(), Optional.of(VERDICT)))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("accusedDiedOn");
    }

    @Test
    void the_sentencing_order_shows_the_total_term_and_the_release_date_and_is_audited() {
        CaseStory s = story().decided();
        SentencingOrder order = new SentencingOrder(s.recruiter, SENTENCED, List.of(new ChargeDirection(
                s.offenceAgainst(s.recruiter), 1, ImprisonmentDescription.RIGOROUS, Period.ofMonths(6))), 200,
                List.of(new Compensation(s.childId(), Rupees.of(100_000), CompensationLaw.CRPC_544A)));
        AuditEntry entry = audited(s.id(), () -> app.trial.makeSentencingOrder(new MakeSentencingOrderUseCase.Command(
                Actors.JUDGE, s.id(), Optional.empty(), order)));
        assertThat(entry.action()).isEqualTo(AuditAction.MAKE_SENTENCING_ORDER);
        assertThat(entry.events()).startsWith("SentencingOrderMade on=2018-01-20").contains("custodyCreditDays=200");
        CaseDetail.SentencingOrder shown = CaseProjection.of(app.load(s.id())).sentencingOrders().get(0);
        assertThat(shown.totalTerm()).isEqualTo("10 years");
        assertThat(shown.releaseDate()).isEqualTo(SENTENCED.plusYears(10).minusDays(200));
        assertThat(shown.directions().get(0).inDefaultMonths()).isEqualTo(6);
        violates(s.id(), Rule.SENTENCING_ORDER, () -> app.trial.makeSentencingOrder(new MakeSentencingOrderUseCase.Command(
                Actors.JUDGE, s.id(), Optional.empty(), order)));
    }

    @Test
    void default_imprisonment_over_a_quarter_of_the_maximum_is_refused() {
        CaseStory s = story().decided();
        // PACHTO-3: up to 14 years, so at most 3 years 6 months in default of the fine
        SentencingOrder order = new SentencingOrder(s.recruiter, SENTENCED, List.of(new ChargeDirection(
                s.offenceAgainst(s.recruiter), 1, ImprisonmentDescription.SIMPLE, Period.of(3, 6, 1))), 0, List.of());
        violates(s.id(), Rule.IMPRISONMENT_IN_DEFAULT_OF_FINE, () -> app.trial.makeSentencingOrder(
                new MakeSentencingOrderUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(), order)));
    }
}
