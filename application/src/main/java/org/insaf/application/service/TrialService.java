package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.MakeSentencingOrderUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;

import java.time.LocalDate;

/** What judges do: open the trial, hear it, give verdicts, sentences and sentencing orders, close the case. */
@ApplicationScoped
public class TrialService implements OpenTrialUseCase, RecordHearingUseCase, RecordVerdictUseCase,
        RecordSentenceUseCase, MakeSentencingOrderUseCase, CloseCaseUseCase {

    private final CaseCommandRunner cases;
    private final StatuteCatalogueSource statutes;

    @Inject
    public TrialService(CaseCommandRunner cases, StatuteCatalogueSource statutes) {
        this.cases = cases;
        this.statutes = statutes;
    }

    @Override
    @Transactional
    public CaseView openTrial(OpenTrialUseCase.Command command) {
        return cases.change(command, judge("open its trial"), c -> c.openTrial(command.openedOn(), cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView recordHearing(RecordHearingUseCase.Command command) {
        return cases.change(command, judge("record its hearings"),
                c -> c.recordHearing(command.hearing(), cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView recordVerdict(RecordVerdictUseCase.Command command) {
        var catalogue = command.outcome() == VerdictOutcome.COMPOUNDED ? statutes.catalogue() : null;
        return cases.change(command, judge("record its verdicts"), c -> {
            LocalDate today = cases.clock().today();
            switch (command.outcome()) {
                case CONVICTED -> {
                    if (command.onGuiltyPlea()) {
                        c.convictOnGuiltyPlea(command.offenceId(), command.givenOn(), today);
                    } else {
                        c.recordVerdict(command.offenceId(), command.outcome(), command.givenOn(), today);
                    }
                }
                case ACQUITTED -> c.recordVerdict(command.offenceId(), command.outcome(), command.givenOn(), today);
                case WITHDRAWN -> c.withdrawFromProsecution(command.offenceId(), command.givenOn(), today);
                case COMPOUNDED -> c.compound(command.offenceId(), command.compoundedBy().orElseThrow(), catalogue,
                        command.givenOn(), today);
                case ABATED -> c.abate(accusedOf(c, command.offenceId()), command.accusedDiedOn().orElseThrow(),
                        command.givenOn(), today);
            }
            decideWhenComplete(c, command.givenOn());
        });
    }

    @Override
    @Transactional
    public CaseView recordSentence(RecordSentenceUseCase.Command command) {
        var catalogue = statutes.catalogue();
        return cases.change(command, judge("record its sentences"), c -> {
            c.recordSentence(command.offenceId(), command.sentence(), catalogue, cases.clock().today());
            decideWhenComplete(c, command.sentence().pronouncedOn());
        });
    }

    @Override
    @Transactional
    public CaseView makeSentencingOrder(MakeSentencingOrderUseCase.Command command) {
        var catalogue = statutes.catalogue();
        return cases.change(command, judge("make its sentencing orders"),
                c -> c.makeSentencingOrder(command.order(), catalogue, cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView closeCase(CloseCaseUseCase.Command command) {
        return cases.change(command, judge("close it"), c -> c.close(command.closedOn(), cases.clock().today()));
    }

    /**
     * A case is decided the day its last verdict or sentence is recorded, without a separate step;
     * not while an accused is at large (their part stays open).
     */
    private void decideWhenComplete(Case c, LocalDate on) {
        if (c.status().canMoveTo(CaseStatus.DECIDED) && c.mayDecide().isAllowed()) {
            c.decide(on, cases.clock().today());
        }
    }

    /** The accused of a charge of the case; a charge the case does not have is refused by the case itself. */
    private static PersonId accusedOf(Case c, OffenceId offenceId) {
        return c.offences().stream().filter(o -> o.id().equals(offenceId)).findFirst()
                .orElseThrow(() -> new InvariantViolation(Rule.PARTIES_OF_THE_CASE, "no charge " + offenceId + " in this case"))
                .accused();
    }

    private CaseCommandRunner.Permission judge(String what) {
        return (actor, record) -> cases.access().requireAssignedJudge(actor, record, what);
    }
}
