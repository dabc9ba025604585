package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.AssignCaseUseCase;

/** Admins put cases on people's desks: the lead investigator, the prosecutor, the court and judge. */
@ApplicationScoped
public class AssignmentService implements AssignCaseUseCase {

    private final CaseCommandRunner cases;

    @Inject
    public AssignmentService(CaseCommandRunner cases) {
        this.cases = cases;
    }

    @Override
    @Transactional
    public CaseView assignCase(Command command) {
        cases.access().requireAdmin(command.actor(), "assign a case");
        return cases.change(command, (actor, c) -> { }, c -> {
            CaseAssignment was = c.assignment();
            c.assign(new CaseAssignment(command.investigator().or(was::investigator),
                    command.prosecutor().or(was::prosecutor), command.court().or(was::court),
                    command.judge().or(was::judge)), cases.clock().today());
        });
    }
}
