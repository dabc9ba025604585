package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.domain.casefile.Case;
import org.insaf.application.casefile.CaseView;
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
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    // Reads run in a transaction of their own: its end gives the connection back before the
    // nested fields of the answer (a charge's statute, a victim's identity) take one. Without a
    // transaction the request kept it to the end, and enough clients at once held every connection
    // of the pool while each waited for a second one.
    // A refusal is audited, and the audit entry must outlive the refusal: these exceptions commit.
    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public CaseView getCase(Actor actor, CaseId caseId) {
        InvalidCommand.required(actor, "actor");
        InvalidCommand.required(caseId, "case id");
        try {
            return CaseView.of(cases.visible(actor, caseId));
        } catch (CaseNotFound refused) {
            cases.recordRefusal(actor, AuditAction.READ_CASE_REFUSED, caseId, Optional.empty(),
                    "case not open to the caller, or missing");
            throw refused;
        }
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
        CasePage page = finder.find(filter, visibility, query.after(), query.first());
        List<CaseView> views = page.cases().stream().map(CaseView::of).toList();
        Optional<CaseCursor> end = page.cases().isEmpty() ? Optional.empty()
                : Optional.of(cursorOf(page.cases().get(page.cases().size() - 1)));
        return new Page(views, page.hasNextPage(), end);
    }

    public static CaseCursor cursorOf(Case c) {
        return new CaseCursor(c.registeredOn(), c.id());
    }

    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public Map<PersonId, VictimIdentity> readIdentities(ReadVictimIdentityUseCase.Query query) {
        Case record;
        try {
            record = cases.visible(query.actor(), query.caseId());
        } catch (CaseNotFound refused) {
            cases.recordRefusal(query.actor(), AuditAction.READ_VICTIM_IDENTITY_REFUSED, query.caseId(),
                    Optional.empty(), "identity of " + query.victims().size() + " victim(s); case not open to the caller");
            throw refused;
        }
        if (!cases.access().mayReadIdentity(query.actor(), record)) {
            // Pseudonyms only, as for a granted read; ids the case does not hold are counted, not named.
            String asked = query.victims().stream().map(id -> record.victim(id)
                    .map(v -> v.pseudonym().toString()).orElse("(not of this case)")).sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            cases.recordRefusal(query.actor(), AuditAction.READ_VICTIM_IDENTITY_REFUSED, query.caseId(),
                    Optional.of(record), "identity of " + asked);
            throw new AccessRefused("A victim's identity is shown only to the people assigned to case "
                    + query.caseId());
        }
        for (PersonId id : query.victims()) {
            record.victim(id).orElseThrow(() -> new InvalidCommand("case " + query.caseId() + " has no victim " + id));
        }
        Map<PersonId, VictimIdentity> read = identityReader.read(query.caseId(), query.victims());
        Map<PersonId, VictimIdentity> identities = new LinkedHashMap<>();
        for (PersonId id : query.victims()) {
            identities.put(id, Optional.ofNullable(read.get(id)).orElseThrow(() -> new IllegalStateException(
                    "victim " + id + " of case " + query.caseId() + " has no stored identity")));
        }
        // One entry per victim read, naming the pseudonym only.
        identities.keySet().forEach(id -> cases.recordRead(query.actor(), AuditAction.READ_VICTIM_IDENTITY, record,
                "identity of " + record.victim(id).orElseThrow().pseudonym()));
        return identities;
    }
}
