package org.insaf.application.adapters;

import org.insaf.application.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.OffenceFacts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case repository in memory. It keeps snapshots, never the live aggregate, so a change that a
 * use case makes and then abandons (a refusal) is not seen by the next load, as with a database.
 */
public class InMemoryCaseRepository implements CaseRepository {

    private record Stored(CaseSnapshot snapshot, CaseAssignment assignment, Optional<OffenceFacts> facts) {
    }

    private static final Comparator<CaseRecord> NEWEST_FIRST = Comparator
            .comparing((CaseRecord r) -> r.caseFile().registeredOn())
            .thenComparing(r -> r.caseFile().id().value().toString())
            .reversed();

    private final Map<CaseId, Stored> cases = new ConcurrentHashMap<>();

    @Override
    public Optional<CaseRecord> load(CaseId id) {
        return Optional.ofNullable(cases.get(id)).map(InMemoryCaseRepository::toRecord);
    }

    private static CaseRecord toRecord(Stored stored) {
        return new CaseRecord(Case.reconstitute(stored.snapshot()), stored.assignment(), stored.facts());
    }

    @Override
    public synchronized long save(CaseRecord record) {
        CaseSnapshot snapshot = record.caseFile().snapshot();
        Stored current = cases.get(snapshot.id());
        long storedVersion = current == null ? 0 : current.snapshot().version();
        if (current != null && snapshot.version() != storedVersion || current == null && snapshot.version() != 0) {
            throw new StaleCase(snapshot.id(), snapshot.version(), storedVersion);
        }
        if (current == null && snapshot.version() == 0 && cases.containsKey(snapshot.id())) {
            throw new StaleCase(snapshot.id());
        }
        long next = current == null ? 1 : storedVersion + 1;
        cases.put(snapshot.id(), new Stored(withVersion(snapshot, next), record.assignment(), record.recordedFacts()));
        return next;
    }

    private static CaseSnapshot withVersion(CaseSnapshot s, long version) {
        return new CaseSnapshot(s.id(), version, s.firNumber(), s.circle(), s.firSections(), s.status(), s.statusDates(),
                s.investigationClosedReason(), s.victims(), s.accused(), s.offences(), s.hearings(), s.warnings(),
                s.otherSections());
    }

    /** Every stored case, for in-memory adapters that read across cases (statistics). */
    public List<CaseRecord> all() {
        return cases.values().stream().map(InMemoryCaseRepository::toRecord).toList();
    }

    @Override
    public boolean firExists(FiaCircle circle, FirNumber firNumber) {
        return cases.values().stream().anyMatch(s -> s.snapshot().circle().equals(circle)
                && s.snapshot().firNumber().equals(firNumber));
    }

    @Override
    public CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit) {
        List<CaseRecord> matching = cases.values().stream().map(InMemoryCaseRepository::toRecord)
                .filter(r -> visible(r, visibility) && matches(r, filter) && isAfter(r, after))
                .sorted(NEWEST_FIRST)
                .limit(limit + 1L)
                .toList();
        boolean more = matching.size() > limit;
        return new CasePage(more ? matching.subList(0, limit) : matching, more);
    }

    private static boolean isAfter(CaseRecord r, Optional<CaseCursor> after) {
        return after.map(c -> {
            int byDate = r.caseFile().registeredOn().compareTo(c.registeredOn());
            // Ids compare as their text, which is the unsigned byte order PostgreSQL uses for uuid.
            return byDate < 0 || byDate == 0 && r.caseFile().id().value().toString().compareTo(c.id().value().toString()) < 0;
        }).orElse(true);
    }

    private static boolean visible(CaseRecord r, CaseVisibility v) {
        return v.all()
                || v.office().filter(r.caseFile().circle().name()::equals).isPresent()
                || v.admitsAs(CaseVisibility.Place.LEAD_INVESTIGATOR) && r.assignment().investigator().equals(v.assignedTo())
                || v.admitsAs(CaseVisibility.Place.PROSECUTOR) && r.assignment().prosecutor().equals(v.assignedTo())
                || v.admitsAs(CaseVisibility.Place.JUDGE) && r.assignment().judge().equals(v.assignedTo());
    }

    private static boolean matches(CaseRecord r, CaseFilter f) {
        Case c = r.caseFile();
        return f.status().map(c.status()::equals).orElse(true)
                && f.statute().map(code -> c.firSections().contains(code)
                        || c.offences().stream().anyMatch(o -> o.statute().code().equals(code))).orElse(true)
                && f.office().map(c.circle().name()::equals).orElse(true)
                && f.assignedTo().map(r.assignment()::includes).orElse(true)
                && f.registeredFrom().map(from -> !c.registeredOn().isBefore(from)).orElse(true)
                && f.registeredTo().map(to -> !c.registeredOn().isAfter(to)).orElse(true);
    }
}
