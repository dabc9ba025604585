package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.Case;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.Conflict;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.PseudonymSequence;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.domain.person.Victim;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.casefile.DatesOfFactsPolicy;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;

/** What investigators do: register a case of their office, investigate it, record its people and facts. */
@ApplicationScoped
public class InvestigationService implements RegisterCaseUseCase, StartInvestigationUseCase, AddVictimUseCase,
        AddAccusedUseCase, RecordFactsUseCase, CloseInvestigationUseCase {

    private static final DatesOfFactsPolicy FACT_DATES = new DatesOfFactsPolicy();

    private final CaseCommandRunner cases;
    private final CaseFinder finder;
    private final VictimIdentityReader identities;
    private final PseudonymSequence pseudonyms;
    private final StatuteCatalogueSource statutes;

    @Inject
    public InvestigationService(CaseCommandRunner cases, CaseFinder finder, VictimIdentityReader identities,
                                PseudonymSequence pseudonyms, StatuteCatalogueSource statutes) {
        this.cases = cases;
        this.finder = finder;
        this.identities = identities;
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
        if (actor.office().filter(command.office().code()::equals).isEmpty() || actor.agency() != command.office().agency()) {
            throw new AccessRefused("An investigator registers cases of their own office ("
                    + actor.office().orElse("none recorded") + " of " + actor.agency().describe() + "), not of "
                    + command.office());
        }
        requireCatalogued(command.sections());
        if (finder.firExists(command.office().asCircle(), command.firNumber())) {
            throw new Conflict("FIR " + command.firNumber() + " of " + command.office().code() + " is already registered");
        }
        LocalDate today = cases.clock().today();
        Case registered = Case.register(CaseId.random(), command.firNumber(), command.office(), command.registeredOn(),
                command.sections(), command.otherSections(), statutes.catalogue(), today);
        registered.assign(CaseAssignment.leadInvestigator(actor.userId()), today);
        return cases.register(actor, registered);
    }

    @Override
    @Transactional
    public CaseView startInvestigation(StartInvestigationUseCase.Command command) {
        return cases.change(command, investigator("start its investigation"),
                c -> c.startInvestigation(command.startedOn(), cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView addVictim(AddVictimUseCase.Command command) {
        return cases.change(command, investigator("record its victims"), c -> {
            FACT_DATES.mayRecordAge(command.details().age(), cases.clock().today()).orThrow();
            c.recordedFacts().ifPresent(facts -> FACT_DATES.wasBornBy(facts.offenceDate(), command.details().age(),
                    "the victim").orThrow());
            long sequence = pseudonyms.next(c.registeredOn().getYear());
            c.addVictim(PersonId.random(), command.identity(), command.details(), sequence);
        });
    }

    @Override
    @Transactional
    public CaseView addAccused(AddAccusedUseCase.Command command) {
        CaseCommandRunner.Permission mayAdd = (actor, record) -> {
            cases.access().requireInvestigatorOf(actor, record, "add its accused");
            // A CNIC is matched against the victims' protected identities (non-punishment rule):
            // only the people assigned to the case may make that match, or it would tell anyone
            // of the office which person a victim is.
            if (command.accused().cnic() != null && !cases.access().mayReadIdentity(actor, record)) {
                throw new AccessRefused("Only the people assigned to case " + record.id()
                        + " may record an accused's CNIC, because it is checked against the victims' identities");
            }
        };
        return cases.change(command, mayAdd, c -> {
            if (command.accused().cnic() != null && !c.victims().isEmpty()) {
                // The non-punishment rule compares the CNIC with the victims': read theirs, by id.
                c.identitiesRead(identities.read(c.id(),
                        c.victims().stream().map(Victim::id).collect(Collectors.toSet())));
            }
            c.addAccused(command.accused(), command.nonPunishmentJustification().orElse(null),
                    command.addedOn().orElse(c.latestDate()), cases.clock().today());
        });
    }

    @Override
    @Transactional
    public CaseView recordFacts(RecordFactsUseCase.Command command) {
        return cases.change(command, investigator("record its facts"),
                c -> c.recordFacts(command.facts(), cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView closeInvestigation(CloseInvestigationUseCase.Command command) {
        return cases.change(command, investigator("close its investigation"),
                c -> c.closeInvestigation(command.reason(), command.closedOn(), cases.clock().today()));
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

    private CaseCommandRunner.Permission investigator(String what) {
        return (actor, record) -> cases.access().requireInvestigatorOf(actor, record, what);
    }
}
