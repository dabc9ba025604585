package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.AssignCaseUseCase;

/** Admins put cases on people's desks: the lead investigator, the prosecutor, the court and judge. */
@ApplicationScoped
public class AssignmentService implements AssignCaseUseCase {

    private final CaseWorkflow workflow;

    @Inject
    public AssignmentService(CaseWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    @Transactional
    public CaseView assignCase(Command command) {
        workflow.access().requireAdmin(command.actor(), "assign a case");
        return workflow.change(command, AuditAction.ASSIGN_CASE, (actor, record) -> { }, record -> {
            CaseAssignment was = record.assignment();
            return record.withAssignment(new CaseAssignment(
                    command.investigator().or(was::investigator), command.prosecutor().or(was::prosecutor),
                    command.court().or(was::court), command.judge().or(was::judge)));
        }, describe(command));
    }

    private static String describe(Command command) {
        StringBuilder parts = new StringBuilder("assigned");
        command.investigator().ifPresent(id -> parts.append(" investigator ").append(id));
        command.prosecutor().ifPresent(id -> parts.append(" prosecutor ").append(id));
        command.court().ifPresent(c -> parts.append(" court ").append(c));
        command.judge().ifPresent(id -> parts.append(" judge ").append(id));
        return parts.toString();
    }
}
