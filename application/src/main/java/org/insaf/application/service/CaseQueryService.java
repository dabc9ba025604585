package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.application.port.in.GetCaseQuery;
import org.insaf.application.port.in.ReadVictimIdentityUseCase;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading cases: one, a filtered page, and the protected identities of victims (audited). */
@ApplicationScoped
public class CaseQueryService implements GetCaseQuery, FindCasesQuery, ReadVictimIdentityUseCase {

    private final CaseCommandRunner cases;
    private final CaseFinder finder;
    private final VictimIdentityReader identityReader;

    @Inject
    public CaseQueryService(CaseCommandRunner cases, CaseFinder finder, VictimIdentityReader identityReader) {
        this.cases = cases;
        this.finder = finder;
        this.identityReader = identityReader;
    }

    // Reads run in a transaction of their own, so the connection goes back before a nested field
    // of the answer (a victim's identity) takes one: a request never holds two connections at once,
    // which under load would leave every connection held by a request waiting for a second one.
    // A refusal is audited, and the audit entry must outlive the refusal: these exceptions commit.
    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public CaseDetail getCase(Actor actor, CaseId caseId) {
        InvalidCommand.required(actor, "actor");
        InvalidCommand.required(caseId, "case id");
        try {
            return visible(actor, caseId);
        } catch (CaseNotFound refused) {
            cases.recordRefusal(actor, AuditAction.READ_CASE_REFUSED, caseId, Optional.empty(),
                    "case not open to the caller, or missing");
            throw refused;
        }
    }

    /** The case as read, if the actor may see it; "not found" whether it is missing or hidden. */
    private CaseDetail visible(Actor actor, CaseId caseId) {
        return finder.detail(caseId, cases.access().visibilityOf(actor)).orElseThrow(() -> new CaseNotFound(caseId));
    }

    @Override
    @Transactional
    public Page findCases(FindCasesQuery.Query query) {
        CaseVisibility visibility = cases.access().visibilityOf(query.actor());
        if (visibility.seesNothing()) {
            throw new AccessRefused("Case lists are for investigators, prosecutors, judges and admins; "
                    + "analysts see statistics only");
        }
        CaseFilter filter = new CaseFilter(query.status(), query.statute(), query.office(),
                query.assignedToMe() ? Optional.of(query.actor().userId()) : Optional.empty(),
                query.registeredFrom(), query.registeredTo());
        CasePage page = finder.find(filter, visibility, query.after(), query.first(), query.parts());
        Optional<CaseCursor> end = page.cases().isEmpty() ? Optional.empty()
                : Optional.of(CaseCursor.of(page.cases().get(page.cases().size() - 1)));
        return new Page(page.cases(), page.hasNextPage(), end);
    }

    // The access check reads the case as the read side gives it (one statement), never the aggregate.
    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public Map<PersonId, VictimIdentity> readIdentities(ReadVictimIdentityUseCase.Query query) {
        CaseDetail record;
        try {
            record = visible(query.actor(), query.caseId());
        } catch (CaseNotFound refused) {
            cases.recordRefusal(query.actor(), AuditAction.READ_VICTIM_IDENTITY_REFUSED, query.caseId(),
                    Optional.empty(), "identity of " + query.victims().size() + " victim(s); case not open to the caller");
            throw refused;
        }
        Map<String, String> pseudonyms = record.victims().stream()
                .collect(Collectors.toMap(CaseDetail.Victim::id, CaseDetail.Victim::pseudonym));
        Optional<CaseStatus> status = Optional.of(record.status());
        if (!cases.access().mayReadIdentity(query.actor(), assignment(record.assignment()))) {
            // Pseudonyms only, as for a granted read; ids the case does not hold are counted, not named.
            String asked = query.victims().stream()
                    .map(id -> pseudonyms.getOrDefault(id.toString(), "(not of this case)")).sorted()
                    .collect(Collectors.joining(", "));
            cases.recordUnchanged(query.actor(), AuditAction.READ_VICTIM_IDENTITY_REFUSED, query.caseId(), status,
                    "identity of " + asked);
            throw new AccessRefused("A victim's identity is shown only to the people assigned to case "
                    + query.caseId());
        }
        for (PersonId id : query.victims()) {
            if (!pseudonyms.containsKey(id.toString())) {
                throw new InvalidCommand("case " + query.caseId() + " has no victim " + id);
            }
        }
        Map<PersonId, VictimIdentity> read = identityReader.read(query.caseId(), query.victims());
        Map<PersonId, VictimIdentity> identities = new LinkedHashMap<>();
        for (PersonId id : query.victims()) {
            identities.put(id, Optional.ofNullable(read.get(id)).orElseThrow(() -> new IllegalStateException(
                    "victim " + id + " of case " + query.caseId() + " has no stored identity")));
        }
        // One entry per victim read, naming the pseudonym only.
        identities.keySet().forEach(id -> cases.recordUnchanged(query.actor(), AuditAction.READ_VICTIM_IDENTITY,
                query.caseId(), status, "identity of " + pseudonyms.get(id.toString())));
        return identities;
    }

    private static CaseAssignment assignment(CaseDetail.Assignment a) {
        return new CaseAssignment(Optional.ofNullable(a.investigator()), Optional.ofNullable(a.prosecutor()),
                Optional.ofNullable(a.court()), Optional.ofNullable(a.judge()));
    }
}
