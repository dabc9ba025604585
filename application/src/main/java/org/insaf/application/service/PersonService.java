package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.PersonNotFound;
import org.insaf.application.person.PersonCandidates;
import org.insaf.application.person.PersonView;
import org.insaf.application.port.in.ConfirmPersonLinkUseCase;
import org.insaf.application.port.in.FindPersonCandidatesQuery;
import org.insaf.application.port.in.PersonCommand;
import org.insaf.application.port.in.RecordPersonParticularsUseCase;
import org.insaf.application.port.in.RejectPersonCandidateUseCase;
import org.insaf.application.port.in.SeparatePersonUseCase;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.PersonRegister;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.MatchCandidate;
import org.insaf.domain.person.registry.Person;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.SamePersonTest;
import org.insaf.domain.shared.PersonId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persons behind the accused, across cases: investigators record what they know of a person,
 * see the persons of other cases who are probably the same, and confirm or reject them. Content of
 * a case the caller may not see never leaves here: such a candidate is only counted.
 */
@ApplicationScoped
public class PersonService implements FindPersonCandidatesQuery, RecordPersonParticularsUseCase,
        ConfirmPersonLinkUseCase, RejectPersonCandidateUseCase, SeparatePersonUseCase {

    static final String HOW_TO_ASK = "Probable matches exist in cases of other offices. Ask an admin of your agency, "
            + "quoting this case and accused, to review them and arrange access with the office that holds them";

    private final CaseCommandRunner cases;
    private final PersonRegister register;
    private final CaseFinder finder;

    @Inject
    public PersonService(CaseCommandRunner cases, PersonRegister register, CaseFinder finder) {
        this.cases = cases;
        this.register = register;
        this.finder = finder;
    }

    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public PersonCandidates candidates(Query query) {
        Case theCase;
        try {
            theCase = cases.visible(query.actor(), query.caseId());
        } catch (CaseNotFound refused) {
            cases.recordRefusal(query.actor(), AuditAction.READ_CASE_REFUSED, query.caseId(), Optional.empty(),
                    "person candidates; case not open to the caller, or missing");
            throw refused;
        }
        if (!query.actor().has(Role.ADMIN)) {
            cases.access().requireInvestigatorOf(query.actor(), theCase, "see the persons of other cases matching its accused");
        }
        Person record = accusedRecord(query, theCase);
        Person person = record.joinedTo().map(this::stored).orElse(record);
        PersonParticulars sought = person.particulars();
        List<PersonId> excluded = new ArrayList<>(List.of(person.id()));
        for (PersonId joined : person.joinedToThis()) {
            excluded.add(joined);
            sought = sought.with(stored(joined).particulars());
        }
        List<Matched> matches = new ArrayList<>();
        for (PersonRegister.Recorded recorded : register.near(record.id(), sought, excluded, LIMIT)) {
            SamePersonTest.candidate(sought, recorded.person().id(), recorded.person().particulars())
                    .ifPresent(match -> matches.add(new Matched(recorded, match)));
        }
        // Which of the candidates' cases the caller may see, decided for all of them at once.
        Set<CaseId> visible = finder.visibleAmong(matches.stream().flatMap(m -> m.recorded().cases().stream()).toList(),
                cases.access().visibilityOf(query.actor()));
        List<PersonCandidates.Candidate> shown = new ArrayList<>();
        int hidden = 0;
        for (Matched candidate : matches) {
            PersonRegister.Recorded recorded = candidate.recorded();
            List<CaseId> open = recorded.cases().stream().filter(visible::contains).toList();
            if (open.isEmpty()) {
                hidden++;
            } else {
                shown.add(new PersonCandidates.Candidate(recorded.person().id(), candidate.match().score(),
                        candidate.match().reasons(), recorded.person().particulars().names(), open));
            }
        }
        shown.sort(Comparator.comparingInt(PersonCandidates.Candidate::score).reversed()
                .thenComparing(c -> c.person().value()));
        cases.recordUnchanged(query.actor(), AuditAction.READ_PERSON_CANDIDATES, query.caseId(),
                Optional.of(theCase.status()), "accused " + record.id() + ": " + shown.size() + " candidate(s) shown, "
                        + hidden + " in cases not open to the caller");
        return new PersonCandidates(record.id(), shown, hidden, hidden > 0 ? Optional.of(HOW_TO_ASK) : Optional.empty());
    }

    @Override
    @Transactional
    public PersonView recordParticulars(RecordPersonParticularsUseCase.Command command) {
        Case theCase = investigatorsCase(command, "record what is known of its accused");
        Person record = accusedRecord(command, theCase);
        record.record(command.particulars());
        register.save(record, cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.RECORD_PERSON_PARTICULARS, command.caseId(),
                Optional.of(theCase.status()), "accused " + record.id());
        return PersonView.of(record);
    }

    @Override
    @Transactional
    public PersonView confirmLink(ConfirmPersonLinkUseCase.Command command) {
        Case theCase = investigatorsCase(command, "link its accused to persons of other cases");
        Person record = accusedRecord(command, theCase);
        Person candidate = visibleRecord(command.actor(), command.candidate());
        Person other = candidate.joinedTo().map(this::stored).orElse(candidate);
        // Joins are one level deep: the record with others joined to it stays the person.
        Person joined = record.joinedToThis().isEmpty() ? record : other;
        Person to = joined == record ? other : record;
        joined.joinTo(to);
        register.save(joined, cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.CONFIRM_PERSON_LINK, command.caseId(),
                Optional.of(theCase.status()), "person " + joined.id() + " joined to person " + to.id() + ": "
                        + command.reason());
        return PersonView.of(joined);
    }

    @Override
    @Transactional
    public void rejectCandidate(RejectPersonCandidateUseCase.Command command) {
        Case theCase = investigatorsCase(command, "say who its accused are not");
        Person record = accusedRecord(command, theCase);
        Person candidate = visibleRecord(command.actor(), command.candidate());
        if (candidate.id().equals(record.id())) {
            throw new org.insaf.application.error.InvalidCommand("a person is not a candidate for itself");
        }
        register.reject(record.id(), candidate.id(), command.actor().userId(), cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.REJECT_PERSON_CANDIDATE, command.caseId(),
                Optional.of(theCase.status()), "person " + candidate.id() + " is not person " + record.id() + ": "
                        + command.reason());
    }

    @Override
    @Transactional
    public PersonView separate(SeparatePersonUseCase.Command command) {
        Case theCase = investigatorsCase(command, "separate its accused from another person");
        Person record = accusedRecord(command, theCase);
        PersonId was = record.joinedTo().orElse(null);
        record.separate();
        register.save(record, cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.SEPARATE_PERSON, command.caseId(),
                Optional.of(theCase.status()), "person " + record.id() + " separated from person " + was + ": "
                        + command.reason());
        return PersonView.of(record);
    }

    private Case investigatorsCase(PersonCommand command, String what) {
        Case theCase = cases.visible(command.actor(), command.caseId());
        cases.access().requireInvestigatorOf(command.actor(), theCase, what);
        return theCase;
    }

    /** The record of an accused of the case; "not found" for a person who is not one. */
    private Person accusedRecord(PersonCommand command, Case theCase) {
        boolean accused = theCase.accused().stream().anyMatch(a -> a.trafficker().id().equals(command.person()));
        if (!accused) {
            throw new PersonNotFound(command.person());
        }
        return stored(command.person());
    }

    /** A record accused in at least one case the actor may see; "not found" alike for missing and hidden. */
    private Person visibleRecord(Actor actor, PersonId id) {
        Person record = register.load(id).orElseThrow(() -> new PersonNotFound(id));
        if (finder.visibleAmong(register.casesOf(id), cases.access().visibilityOf(actor)).isEmpty()) {
            throw new PersonNotFound(id);
        }
        return record;
    }

    /** A record the register found near, and why it is probably the same person. */
    private record Matched(PersonRegister.Recorded recorded, MatchCandidate match) {
    }

    private Person stored(PersonId id) {
        return register.load(id).orElseThrow(() -> new PersonNotFound(id));
    }
}
