package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.DecideAppealUseCase;
import org.insaf.application.port.in.FileAppealUseCase;
import org.insaf.application.port.in.SuspendSentenceUseCase;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.shared.Rupees;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.application.service.CaseStory.*;

/** Appeals through the use cases: who records them, what is audited, what the case shows. */
class AppealsTest extends UseCaseTest {

    @Test
    void a_conviction_appealed_and_the_sentence_reduced_shows_the_effective_sentence_next_to_the_trial_verdict() {
        CaseStory s = story().convictAppealAdmitted();
        AuditEntry suspended = audited(s.id(), () -> app.appeals.suspendSentence(new SuspendSentenceUseCase.Command(
                Actors.JUDGE, s.id(), Optional.empty(), s.appeal(), APPEAL_ADMITTED)));
        assertThat(suspended.action()).isEqualTo(AuditAction.SUSPEND_SENTENCE);
        assertThat(suspended.events()).contains("SentenceSuspended").contains("custody=ON_BAIL");
        String charge = s.offenceAgainst(s.recruiter).toString();
        AuditEntry decided = audited(s.id(), () -> app.appeals.decideAppeal(new DecideAppealUseCase.Command(Actors.JUDGE,
                s.id(), Optional.empty(), s.appeal(), Appeal.AppealOutcome.SENTENCE_REDUCED, APPEAL_DECIDED,
                List.of(new Appeal.AppellateSentence(s.offenceAgainst(s.recruiter),
                        Sentence.imprisonment(APPEAL_DECIDED, Period.ofYears(7)).withFine(Rupees.of(200_000)))))));
        assertThat(decided.action()).isEqualTo(AuditAction.DECIDE_APPEAL);
        assertThat(decided.events()).contains("outcome=SENTENCE_REDUCED");
        CaseView view = app.seenBy(Actors.PROSECUTOR, s.id());
        CaseDetail detail = CaseProjection.of(view);
        assertThat(detail.charges()).filteredOn(c -> c.id().equals(charge)).singleElement()
                .satisfies(c -> assertThat(c.sentence().termYears()).isEqualTo(10));
        assertThat(detail.appellate()).singleElement().satisfies(a -> {
            assertThat(a.accusedId()).isEqualTo(s.recruiter.toString());
            assertThat(a.appeals()).singleElement().satisfies(e -> {
                assertThat(e.outcome()).isEqualTo(Appeal.AppealOutcome.SENTENCE_REDUCED);
                assertThat(e.admitted()).isTrue();
                assertThat(e.sentenceSuspendedOn()).isEqualTo(APPEAL_ADMITTED);
                assertThat(e.judgmentOn()).isEqualTo(SENTENCED);
                assertThat(e.filedOutOfTime()).isFalse();
            });
            assertThat(a.charges()).filteredOn(c -> c.chargeId().equals(charge)).singleElement()
                    .satisfies(c -> assertThat(c.sentence().termYears()).isEqualTo(7));
        });
        assertThat(view.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(app.load(s.id()).custodyOf(s.recruiter).status()).isEqualTo(CustodyStatus.IN_CUSTODY);
    }

    @Test
    void the_states_appeal_is_the_prosecutors_and_the_convicts_is_recorded_by_the_judge() {
        CaseStory s = story().decided();
        FileAppealUseCase.Command state = new FileAppealUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(),
                s.transporter, Appeal.AppealKind.APPEAL, Appeal.Appellant.STATE, Appeal.AppealAgainst.ACQUITTAL,
                Appeal.AppellateForum.HIGH_COURT, APPEALED, "misread evidence");
        refused(s.id(), AccessRefused.class, () -> app.appeals.fileAppeal(state));
        AuditEntry filed = audited(s.id(), () -> app.appeals.fileAppeal(new FileAppealUseCase.Command(Actors.PROSECUTOR,
                s.id(), Optional.empty(), s.transporter, Appeal.AppealKind.APPEAL, Appeal.Appellant.STATE,
                Appeal.AppealAgainst.ACQUITTAL, Appeal.AppellateForum.HIGH_COURT, APPEALED, "misread evidence")));
        assertThat(filed.action()).isEqualTo(AuditAction.FILE_APPEAL);
        assertThat(filed.detail()).contains("APPEAL by the STATE to the HIGH_COURT");
        refused(s.id(), AccessRefused.class, () -> app.appeals.fileAppeal(new FileAppealUseCase.Command(
                Actors.PROSECUTOR, s.id(), Optional.empty(), s.recruiter, Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT,
                Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.HIGH_COURT, APPEALED, "grounds")));
    }

    @Test
    void an_appeal_before_the_verdict_is_refused_and_changes_nothing() {
        CaseStory s = story().onTrial();
        violates(s.id(), Rule.APPEAL_AFTER_JUDGMENT, () -> app.appeals.fileAppeal(new FileAppealUseCase.Command(
                Actors.JUDGE, s.id(), Optional.empty(), s.recruiter, Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT,
                Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.HIGH_COURT, APPEALED, "grounds")));
    }

    @Test
    void bad_input_is_refused_before_anything_is_loaded() {
        CaseStory s = story();
        assertThatThrownBy(() -> new FileAppealUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(),
                null, Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT, Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.HIGH_COURT,
                APPEALED, "grounds")).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new FileAppealUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(),
                s.recruiter, Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT, Appeal.AppealAgainst.CONVICTION,
                Appeal.AppellateForum.HIGH_COURT, APPEALED, "x".repeat(2001))).isInstanceOf(org.insaf.domain.shared.InvalidValueException.class);
    }

    @Test
    void a_retrial_ordered_puts_the_case_back_on_trial() {
        CaseStory s = story().convictAppealAdmitted();
        CaseView view = app.appeals.decideAppeal(new DecideAppealUseCase.Command(Actors.JUDGE, s.id(), Optional.empty(),
                s.appeal(), Appeal.AppealOutcome.RETRIAL_ORDERED, APPEAL_DECIDED, List.of()));
        assertThat(view.status()).isEqualTo(CaseStatus.ON_TRIAL);
        assertThat(view.offences()).filteredOn(o -> o.accused().equals(s.recruiter)).allMatch(o -> !o.isDecided());
        assertThat(view.offences()).filteredOn(o -> o.accused().equals(s.transporter))
                .allMatch(o -> o.verdict().outcome() == VerdictOutcome.ACQUITTED);
    }
}
