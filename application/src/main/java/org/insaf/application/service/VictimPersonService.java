package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.PersonNotFound;
import org.insaf.application.person.VictimHistory;
import org.insaf.application.port.in.ConfirmVictimLinkUseCase;
import org.insaf.application.port.in.RecordVictimParticularsUseCase;
import org.insaf.application.port.in.RejectVictimCandidateUseCase;
import org.insaf.application.port.in.SeparateVictimUseCase;
import org.insaf.application.port.in.VictimCommand;
import org.insaf.application.port.in.VictimPairCommand;
import org.insaf.application.port.in.VictimHistoryQuery;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.application.port.out.VictimRegister;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.VictimMatchTerms;
import org.insaf.domain.person.registry.VictimRecord;
import org.insaf.domain.shared.PersonId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persons behind victims, across cases (re-trafficking). Everyone who may see a case learns
 * whether its victim was trafficked in other cases: the FIR number and the other victim's pseudonym
 * of each case they may see or that the same office holds (the people of the case work with that
 * office's cases); of any other case, only that it exists. Identities, here and in the other cases,
 * go only to whom may read them there, each read audited.
 */
@ApplicationScoped
public class VictimPersonService implements RecordVictimParticularsUseCase, VictimHistoryQuery,
        ConfirmVictimLinkUseCase, RejectVictimCandidateUseCase, SeparateVictimUseCase {

    private final CaseCommandRunner cases;
    private final VictimRegister register;
    private final VictimIdentityReader identities;

    @Inject
    public VictimPersonService(CaseCommandRunner cases, VictimRegister register, VictimIdentityReader identities) {
        this.cases = cases;
        this.register = register;
        this.identities = identities;
    }

    @Override
    @Transactional
    public String recordVictimParticulars(RecordVictimParticularsUseCase.Command command) {
        Case theCase = investigatorsCase(command, "record who its victims are");
        Victim victim = victimOf(command, theCase);
        PersonParticulars particulars = register.particulars(victim.id()).map(command.particulars()::with)
                .orElse(command.particulars());
        register.save(victim.id(), particulars, cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.RECORD_VICTIM_PARTICULARS, command.caseId(),
                Optional.of(theCase.status()), "person of " + victim.pseudonym().value());
        return victim.pseudonym().value();
    }

    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public VictimHistory history(VictimHistoryQuery.Query query) {
        Case theCase;
        try {
            theCase = cases.visible(query.actor(), query.caseId());
        } catch (CaseNotFound refused) {
            cases.recordRefusal(query.actor(), AuditAction.READ_CASE_REFUSED, query.caseId(), Optional.empty(),
                    "victim history; case not open to the caller, or missing");
            throw refused;
        }
        Victim victim = victimOf(query, theCase);
        List<VictimHistory.OtherCase> shown = new ArrayList<>();
        int hidden = 0;
        boolean before = false;
        for (VictimRegister.Match match : register.matches(victim.id())) {
            boolean earlier = match.registeredOn().isBefore(theCase.registeredOn());
            before |= earlier;
            Optional<Case> other = visible(query.actor(), match.caseId());
            if (other.isEmpty() && !match.sameOffice()) {
                hidden++;
                continue;
            }
            Optional<VictimIdentity> identity = Optional.empty();
            if (query.withIdentities() && other.isPresent() && cases.access().mayReadIdentity(query.actor(), other.get())) {
                identity = Optional.ofNullable(identities.read(match.caseId(), Set.of(match.victim())).get(match.victim()));
                cases.recordUnchanged(query.actor(), AuditAction.READ_VICTIM_IDENTITY, match.caseId(),
                        Optional.of(other.get().status()), "identity of " + match.pseudonym()
                                + ", as the victim in another case of " + victim.pseudonym().value());
            }
            shown.add(new VictimHistory.OtherCase(match.caseId(), match.firNumber(), match.registeredOn(), earlier,
                    match.victim(), match.pseudonym(), VictimMatchTerms.reasons(match.shared()), match.confirmed(),
                    identity));
        }
        shown.sort(Comparator.comparing(VictimHistory.OtherCase::registeredOn).thenComparing(o -> o.caseId().value()));
        Optional<PersonParticulars> particulars = Optional.empty();
        if (query.withIdentities() && cases.access().mayReadIdentity(query.actor(), theCase)) {
            particulars = register.particulars(victim.id());
            if (particulars.isPresent()) {
                cases.recordUnchanged(query.actor(), AuditAction.READ_VICTIM_IDENTITY, query.caseId(),
                        Optional.of(theCase.status()), "person of " + victim.pseudonym().value());
            }
        }
        cases.recordUnchanged(query.actor(), AuditAction.READ_VICTIM_HISTORY, query.caseId(),
                Optional.of(theCase.status()), "victim " + victim.pseudonym().value() + ": " + shown.size()
                        + " other case(s) shown, " + hidden + " in cases not open to the caller");
        return new VictimHistory(victim.id(), victim.pseudonym().value(), before, shown, hidden, particulars);
    }

    @Override
    @Transactional
    public void confirmVictimLink(VictimPairCommand command) {
        Case theCase = investigatorsCase(command, "link its victims to victims of other cases");
        VictimRecord victim = record(victimOf(command, theCase).id());
        VictimRecord other = visibleRecord(command.actor(), command.other());
        victim.linkTo(other);
        register.saveLink(victim, other, command.actor().userId(), cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.CONFIRM_VICTIM_LINK, command.caseId(),
                Optional.of(theCase.status()), pseudonymOf(theCase, victim.id()) + " linked to victim " + other.id()
                        + " of case " + other.caseId() + ": " + command.reason());
    }

    @Override
    @Transactional
    public void rejectVictimCandidate(VictimPairCommand command) {
        Case theCase = investigatorsCase(command, "say who its victims are not");
        Victim victim = victimOf(command, theCase);
        VictimRecord other = visibleRecord(command.actor(), command.other());
        if (other.caseId().equals(theCase.id())) {
            throw new org.insaf.application.error.InvalidCommand("two victims of one case are never proposed as one person");
        }
        register.reject(victim.id(), other.id(), command.actor().userId(), cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.REJECT_VICTIM_CANDIDATE, command.caseId(),
                Optional.of(theCase.status()), "victim " + other.id() + " of case " + other.caseId() + " is not "
                        + victim.pseudonym().value() + ": " + command.reason());
    }

    @Override
    @Transactional
    public void separateVictim(VictimPairCommand command) {
        Case theCase = investigatorsCase(command, "separate its victims from victims of other cases");
        VictimRecord victim = record(victimOf(command, theCase).id());
        VictimRecord other = visibleRecord(command.actor(), command.other());
        victim.separateFrom(other);
        register.saveLink(victim, other, command.actor().userId(), cases.clock().now());
        cases.recordUnchanged(command.actor(), AuditAction.SEPARATE_VICTIM, command.caseId(),
                Optional.of(theCase.status()), pseudonymOf(theCase, victim.id()) + " separated from victim " + other.id()
                        + " of case " + other.caseId() + ": " + command.reason());
    }

    private Case investigatorsCase(VictimCommand command, String what) {
        Case theCase = cases.visible(command.actor(), command.caseId());
        cases.access().requireInvestigatorOf(command.actor(), theCase, what);
        return theCase;
    }

    /** A victim of the case; "not found" for an id that is not one. */
    private static Victim victimOf(VictimCommand command, Case theCase) {
        return theCase.victims().stream().filter(v -> v.id().equals(command.victim())).findFirst()
                .orElseThrow(() -> new PersonNotFound(command.victim()));
    }

    private static String pseudonymOf(Case theCase, PersonId victim) {
        return theCase.victims().stream().filter(v -> v.id().equals(victim)).findFirst()
                .map(v -> v.pseudonym().value()).orElseThrow();
    }

    private VictimRecord record(PersonId id) {
        return register.load(id).orElseThrow(() -> new PersonNotFound(id));
    }

    /** A victim of a case the actor may see; "not found" alike for missing and hidden. */
    private VictimRecord visibleRecord(Actor actor, PersonId id) {
        VictimRecord record = record(id);
        if (visible(actor, record.caseId()).isEmpty()) {
            throw new PersonNotFound(id);
        }
        return record;
    }

    private Optional<Case> visible(Actor actor, CaseId id) {
        try {
            return Optional.of(cases.visible(actor, id));
        } catch (CaseNotFound hidden) {
            return Optional.empty();
        }
    }
}
