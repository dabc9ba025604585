package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.OrderOfProceedingsPolicy;

import java.time.LocalDate;

/** What judges do: open the trial, hear it, give verdicts and sentences, close the case. */
@ApplicationScoped
public class TrialService implements OpenTrialUseCase, RecordHearingUseCase, RecordVerdictUseCase,
        RecordSentenceUseCase, CloseCaseUseCase {

    private static final OrderOfProceedingsPolicy PROCEEDINGS = new OrderOfProceedingsPolicy();

    private final CaseWorkflow workflow;
    private final StatuteCatalogueSource statutes;

    @Inject
    public TrialService(CaseWorkflow workflow, StatuteCatalogueSource statutes) {
        this.workflow = workflow;
        this.statutes = statutes;
    }

    @Override
    @Transactional
    public CaseView openTrial(OpenTrialUseCase.Command command) {
        return workflow.change(command, AuditAction.OPEN_TRIAL, judge("open its trial"), record -> {
            record.caseFile().openTrial(command.openedOn(), workflow.clock().today());
            return record;
        }, "");
    }

    @Override
    @Transactional
    public CaseView recordHearing(RecordHearingUseCase.Command command) {
        return workflow.change(command, AuditAction.RECORD_HEARING, judge("record its hearings"), record -> {
            record.caseFile().recordHearing(command.hearing(), workflow.clock().today());
            return record;
        }, "hearing of " + command.hearing().date());
    }

    @Override
    @Transactional
    public CaseView recordVerdict(RecordVerdictUseCase.Command command) {
        return workflow.change(command, AuditAction.RECORD_VERDICT, judge("record its verdicts"), record -> {
            record.caseFile().recordVerdict(command.offenceId(), command.outcome(), command.givenOn(),
                    workflow.clock().today());
            return decideWhenComplete(record, command.givenOn());
        }, command.outcome() + " on charge " + command.offenceId());
    }

    @Override
    @Transactional
    public CaseView recordSentence(RecordSentenceUseCase.Command command) {
        var catalogue = statutes.catalogue();
        return workflow.change(command, AuditAction.RECORD_SENTENCE, judge("record its sentences"), record -> {
            record.caseFile().recordSentence(command.offenceId(), command.sentence(), catalogue, workflow.clock().today());
            return decideWhenComplete(record, command.sentence().pronouncedOn());
        }, "sentence on charge " + command.offenceId());
    }

    @Override
    @Transactional
    public CaseView closeCase(CloseCaseUseCase.Command command) {
        return workflow.change(command, AuditAction.CLOSE_CASE, judge("close it"), record -> {
            record.caseFile().close(command.closedOn(), workflow.clock().today());
            return record;
        }, "");
    }

    /** A case is decided the day its last verdict or sentence is recorded, without a separate step. */
    private CaseRecord decideWhenComplete(CaseRecord record, LocalDate on) {
        Case c = record.caseFile();
        if (PROCEEDINGS.mayDecide(c.offences()).isAllowed()) {
            c.decide(on, workflow.clock().today());
        }
        return record;
    }

    private CaseWorkflow.Permission judge(String what) {
        return (actor, record) -> workflow.access().requireAssignedJudge(actor, record, what);
    }
}
