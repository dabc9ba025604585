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
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.casefile.DatesOfFactsPolicy;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What investigators do: register a case of their office, investigate it, record its people and facts. */
@ApplicationScoped
public class InvestigationService implements RegisterCaseUseCase, StartInvestigationUseCase, AddVictimUseCase,
        AddAccusedUseCase, RecordFactsUseCase, CloseInvestigationUseCase {

    private static final DatesOfFactsPolicy FACT_DATES = new DatesOfFactsPolicy();

    private final CaseWorkflow workflow;
    private final PseudonymSequence pseudonyms;
    private final StatuteCatalogueSource statutes;

    @Inject
    public InvestigationService(CaseWorkflow workflow, PseudonymSequence pseudonyms, StatuteCatalogueSource statutes) {
        this.workflow = workflow;
        this.pseudonyms = pseudonyms;
        this.statutes = statutes;
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
        requireCatalogued(command.sections());
        if (workflow.cases().firExists(command.office(), command.firNumber())) {
            throw new Conflict("FIR " + command.firNumber() + " of " + command.office() + " is already registered");
        }
        Case registered = Case.register(CaseId.random(), command.firNumber(), command.office(), command.registeredOn(),
                command.sections(), command.otherSections(), workflow.clock().today());
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
            FACT_DATES.mayRecordAge(command.details().age(), workflow.clock().today()).orThrow();
            record.recordedFacts().ifPresent(facts -> FACT_DATES.wasBornBy(facts.offenceDate(), command.details().age(),
                    "the victim").orThrow());
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
            FACT_DATES.mayAllegeOffenceOn(command.facts().offenceDate(), workflow.clock().today()).orThrow();
            FACT_DATES.wereBornBy(command.facts().offenceDate(), record.caseFile().victims()).orThrow();
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

    /** An FIR cites sections the catalogue knows; sections of other laws go in otherSections. */
    private void requireCatalogued(Set<StatuteCode> sections) {
        var catalogue = statutes.catalogue();
        List<String> unknown = sections.stream().filter(code -> !catalogue.knows(code)).map(StatuteCode::value).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("FIR_SECTION_IN_CATALOGUE", "sections names " + String.join(", ", unknown)
                    + ", not in the statute catalogue; a section of another law goes in otherSections");
        }
    }

    private CaseWorkflow.Permission investigator(String what) {
        return (actor, record) -> workflow.access().requireInvestigatorOf(actor, record, what);
    }
}
