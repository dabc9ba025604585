package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.DecideAppealUseCase;
import org.insaf.application.port.in.FileAppealUseCase;
import org.insaf.application.port.in.OrderAppealAdmissionUseCase;
import org.insaf.application.port.in.SuspendSentenceUseCase;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;

/**
 * Appeals and revisions: the prosecutor assigned to the case files the State's; the convict's is
 * recorded by the judge on whose docket the case is, as a bail application is; that judge (the
 * appellate bench once the case is assigned to it) admits, decides and suspends sentences.
 */
@ApplicationScoped
public class AppealService implements FileAppealUseCase, OrderAppealAdmissionUseCase, DecideAppealUseCase,
        SuspendSentenceUseCase {

    private final CaseCommandRunner cases;
    private final StatuteCatalogueSource statutes;

    @Inject
    public AppealService(CaseCommandRunner cases, StatuteCatalogueSource statutes) {
        this.cases = cases;
        this.statutes = statutes;
    }

    @Override
    @Transactional
    public CaseView fileAppeal(FileAppealUseCase.Command command) {
        Appeal.Filing filing = new Appeal.Filing(AppealId.random(), command.accused(), command.kind(),
                command.appellant(), command.against(), command.forum(), command.filedOn(), command.grounds());
        CaseCommandRunner.Permission permission = command.appellant() == Appeal.Appellant.STATE
                ? (actor, record) -> cases.access().requireAssignedProsecutor(actor, record, "file the State's appeal")
                : judge("record a convict's appeal");
        return cases.change(command, permission, c -> c.fileAppeal(filing, cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView orderAppealAdmission(OrderAppealAdmissionUseCase.Command command) {
        return cases.change(command, judge("admit or dismiss an appeal"), c -> c.orderAdmission(command.appeal(),
                new Appeal.Admission(command.admitted(), command.orderedOn(), command.reason().orElse(null)),
                cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView decideAppeal(DecideAppealUseCase.Command command) {
        var catalogue = statutes.catalogue();
        return cases.change(command, judge("decide an appeal"), c -> c.decideAppeal(command.appeal(),
                new Appeal.Decision(command.outcome(), command.decidedOn(), command.sentences()), catalogue,
                cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView suspendSentence(SuspendSentenceUseCase.Command command) {
        return cases.change(command, judge("suspend a sentence pending appeal"),
                c -> c.suspendSentence(command.appeal(), command.suspendedOn(), cases.clock().today()));
    }

    private CaseCommandRunner.Permission judge(String what) {
        return (actor, record) -> cases.access().requireAssignedJudge(actor, record, what);
    }
}
