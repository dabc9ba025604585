package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Role;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.Conflict;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.out.PseudonymSequence;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;

import java.util.Optional;

/** What investigators do: register a case of their office, investigate it, record its people and facts. */
@ApplicationScoped
public class InvestigationService implements RegisterCaseUseCase, StartInvestigationUseCase, AddVictimUseCase,
        AddAccusedUseCase, RecordFactsUseCase, CloseInvestigationUseCase {

    private final CaseWorkflow workflow;
    private final PseudonymSequence pseudonyms;

    @Inject
    public InvestigationService(CaseWorkflow workflow, PseudonymSequence pseudonyms) {
        this.workflow = workflow;
        this.pseudonyms = pseudonyms;
    }

    @Override
    @Transactional
    public CaseView registerCase(RegisterCaseUseCase.Command command) {
        var actor = command.actor();
        if (!actor.has(Role.INVESTIGATOR)) {
            throw new AccessRefused("Only an investigator may register a case");
        }
        if (actor.office().filter(command.office().name()::equals).isEmpty()) {
            throw new AccessRefused("An investigator registers cases of their own office ("
                    + actor.office().orElse("none recorded") + "), not of " + command.office());
        }
        if (workflow.cases().firExists(command.office(), command.firNumber())) {
            throw new Conflict("FIR " + command.firNumber() + " of " + command.office() + " is already registered");
        }
        Case registered = Case.register(CaseId.random(), command.firNumber(), command.office(), command.registeredOn(),
                command.sections(), workflow.clock().today());
        CaseRecord record = new CaseRecord(registered, CaseAssignment.leadInvestigator(actor.userId()), Optional.empty());
        long version = workflow.cases().save(record);
        workflow.record(actor, AuditAction.REGISTER_CASE, record, Optional.empty(), "FIR number " + command.firNumber());
        return CaseView.of(record, version);
    }

    @Override
    @Transactional
    public CaseView startInvestigation(StartInvestigationUseCase.Command command) {
        return workflow.change(command, AuditAction.START_INVESTIGATION, investigator("start its investigation"),
                record -> {
                    record.caseFile().startInvestigation(command.startedOn(), workflow.clock().today());
                    return record;
                }, "");
    }

    @Override
    @Transactional
    public CaseView addVictim(AddVictimUseCase.Command command) {
        return workflow.change(command, AuditAction.ADD_VICTIM, investigator("record its victims"), record -> {
            long sequence = pseudonyms.next(record.caseFile().registeredOn().getYear());
            record.caseFile().addVictim(PersonId.random(), command.identity(), command.details(), sequence);
            return record;
        }, "victim recorded under a pseudonym");
    }

    @Override
    @Transactional
    public CaseView addAccused(AddAccusedUseCase.Command command) {
        CaseWorkflow.Permission mayAdd = (actor, record) -> {
            workflow.access().requireInvestigatorOf(actor, record, "add its accused");
            // A CNIC is matched against the victims' protected identities (non-punishment rule):
            // only the people assigned to the case may make that match, or it would tell anyone
            // of the office which person a victim is.
            if (command.accused().cnic() != null && !workflow.access().mayReadIdentity(actor, record)) {
                throw new AccessRefused("Only the people assigned to case " + record.caseFile().id()
                        + " may record an accused's CNIC, because it is checked against the victims' identities");
            }
        };
        return workflow.change(command, AuditAction.ADD_ACCUSED, mayAdd, record -> {
            Case c = record.caseFile();
            c.addAccused(command.accused(), command.nonPunishmentJustification().orElse(null),
                    command.addedOn().orElse(c.latestDate()), workflow.clock().today());
            return record;
        }, command.nonPunishmentJustification().isPresent() ? "accused with a non-punishment justification" : "");
    }

    @Override
    @Transactional
    public CaseView recordFacts(RecordFactsUseCase.Command command) {
        return workflow.change(command, AuditAction.RECORD_FACTS, investigator("record its facts"), record -> {
            CaseStatus status = record.caseFile().status();
            if (status != CaseStatus.REGISTERED && status != CaseStatus.UNDER_INVESTIGATION) {
                throw new InvariantViolation(Rule.LIFECYCLE,
                        "facts are recorded while the case is registered or under investigation; it is " + status);
            }
            return record.withFacts(command.facts());
        }, "");
    }

    @Override
    @Transactional
    public CaseView closeInvestigation(CloseInvestigationUseCase.Command command) {
        return workflow.change(command, AuditAction.CLOSE_INVESTIGATION, investigator("close its investigation"),
                record -> {
                    record.caseFile().closeInvestigation(command.reason(), command.closedOn(), workflow.clock().today());
                    return record;
                }, "");
    }

    private CaseWorkflow.Permission investigator(String what) {
        return (actor, record) -> workflow.access().requireInvestigatorOf(actor, record, what);
    }
}
