package org.insaf.application.adapters;

import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.error.Conflict;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.casefile.StoredSnapshots;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.FirRegistered;
import org.insaf.domain.casefile.event.VictimAdded;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Cases in memory, behind the same four ports as the database. It keeps snapshots, never the live
 * aggregate, so a change that a use case makes and then abandons (a refusal) is not seen by the
 * next load; victims are kept without their identities, which only the identity reader gives.
 */
public class InMemoryCases implements CaseLoader, CaseEventWriter, CaseFinder, VictimIdentityReader {

    private static final Comparator<Case> NEWEST_FIRST = Comparator
            .comparing(Case::registeredOn)
            .thenComparing(c -> c.id().value().toString())
            .reversed();

    private final Map<CaseId, CaseSnapshot> cases = new ConcurrentHashMap<>();
    private final Map<PersonId, VictimIdentity> identities = new ConcurrentHashMap<>();
    private final Map<PersonId, CaseId> victimCase = new ConcurrentHashMap<>();

    @Override
    public Optional<Case> load(CaseId id) {
        return Optional.ofNullable(cases.get(id)).map(Case::reconstitute);
    }

    @Override
    public synchronized long save(Case changed) {
        List<CaseEvent> events = changed.pendingEvents();
        if (events.isEmpty()) {
            throw new IllegalStateException("case " + changed.id() + " has no change to save");
        }
        CaseSnapshot snapshot = changed.snapshot();
        CaseSnapshot current = cases.get(snapshot.id());
        if (current == null && snapshot.version() == 0) {
            if (!(events.get(0) instanceof FirRegistered)) {
                throw new IllegalStateException("a new case is saved from the registration of its FIR");
            }
            if (firExists(snapshot.office().asCircle(), snapshot.firNumber())) {
                throw new Conflict("FIR " + snapshot.firNumber() + " of " + snapshot.office().code() + " is already registered");
            }
        } else if (current == null || current.version() != snapshot.version()) {
            if (snapshot.version() == 0) {
                throw new StaleCase(snapshot.id());
            }
            throw new StaleCase(snapshot.id(), snapshot.version(), current == null ? 0 : current.version());
        }
        long next = snapshot.version() + 1;
        for (CaseEvent event : events) {
            if (event instanceof VictimAdded added) {
                identities.put(added.victim().id(), added.victim().identity().orElseThrow());
                victimCase.put(added.victim().id(), snapshot.id());
            }
        }
        cases.put(snapshot.id(), StoredSnapshots.asStored(snapshot, next));
        changed.eventsSaved();
        return next;
    }

    @Override
    public Map<PersonId, VictimIdentity> read(CaseId caseId, Set<PersonId> victims) {
        Map<PersonId, VictimIdentity> read = new HashMap<>();
        victims.stream().filter(v -> caseId.equals(victimCase.get(v))).forEach(v -> read.put(v, identities.get(v)));
        return read;
    }

    /** Every stored case, for in-memory adapters that read across cases (statistics). */
    public List<Case> all() {
        return cases.values().stream().map(Case::reconstitute).toList();
    }

    @Override
    public boolean firExists(FiaCircle circle, FirNumber firNumber) {
        // An FIR's number is its registering office's: the first transfer's origin, or the office itself.
        return cases.values().stream().anyMatch(s -> registeredAt(s).equals(circle.name()) && s.firNumber().equals(firNumber));
    }

    private static String registeredAt(CaseSnapshot s) {
        return (s.transfers().isEmpty() ? s.office() : s.transfers().get(0).from()).code();
    }

    @Override
    public CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit,
                         Set<CaseDetail.Part> parts) {
        // Every part, whatever was asked: the port allows more than the parts asked for.
        List<Case> matching = cases.values().stream().map(Case::reconstitute)
                .filter(c -> visible(c, visibility) && matches(c, filter) && isAfter(c, after))
                .sorted(NEWEST_FIRST)
                .limit(limit + 1L)
                .toList();
        boolean more = matching.size() > limit;
        return new CasePage((more ? matching.subList(0, limit) : matching).stream().map(CaseProjection::of).toList(), more);
    }

    @Override
    public Optional<CaseDetail> detail(CaseId id, CaseVisibility visibility) {
        return load(id).filter(c -> visible(c, visibility)).map(CaseProjection::of);
    }

    @Override
    public Set<CaseId> visibleAmong(Collection<CaseId> ids, CaseVisibility visibility) {
        return ids.stream().filter(id -> load(id).filter(c -> visible(c, visibility)).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isAfter(Case c, Optional<CaseCursor> after) {
        return after.map(cursor -> {
            int byDate = c.registeredOn().compareTo(cursor.registeredOn());
            // Ids compare as their text, which is the unsigned byte order PostgreSQL uses for uuid.
            return byDate < 0 || byDate == 0 && c.id().value().toString().compareTo(cursor.id().value().toString()) < 0;
        }).orElse(true);
    }

    private static boolean visible(Case c, CaseVisibility v) {
        return v.all()
                || v.office().filter(c.office().code()::equals).isPresent() && v.officeAgency() == c.office().agency()
                || v.admitsAs(CaseVisibility.Place.LEAD_INVESTIGATOR) && c.assignment().investigator().equals(v.assignedTo())
                || v.admitsAs(CaseVisibility.Place.PROSECUTOR) && c.assignment().prosecutor().equals(v.assignedTo())
                || v.admitsAs(CaseVisibility.Place.JUDGE) && c.assignment().judge().equals(v.assignedTo());
    }

    private static boolean matches(Case c, CaseFilter f) {
        return f.status().map(c.status()::equals).orElse(true)
                && f.statute().map(code -> c.firSections().contains(code)
                        || c.offences().stream().anyMatch(o -> o.statute().code().equals(code))).orElse(true)
                && f.office().map(c.office().code()::equals).orElse(true)
                && f.assignedTo().map(c.assignment()::includes).orElse(true)
                && f.registeredFrom().map(from -> !c.registeredOn().isBefore(from)).orElse(true)
                && f.registeredTo().map(to -> !c.registeredOn().isAfter(to)).orElse(true);
    }
}
