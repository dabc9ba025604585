package org.insaf.application.adapters;

import org.insaf.application.port.out.VictimRegister;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.registry.BlindIndexTerm;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.VictimMatchTerms;
import org.insaf.domain.person.registry.VictimRecord;
import org.insaf.domain.shared.PersonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The victims' person register in memory: the terms themselves stand for their keyed digests (the
 * adapter's business), so matching is the same equality of terms.
 */
public class InMemoryVictimRegister implements VictimRegister {

    private final InMemoryCases cases;
    private final Map<PersonId, PersonParticulars> particulars = new HashMap<>();
    private final Set<Set<PersonId>> links = new HashSet<>();
    private final Set<Set<PersonId>> rejections = new HashSet<>();

    public InMemoryVictimRegister(InMemoryCases cases) {
        this.cases = cases;
    }

    @Override
    public synchronized void save(PersonId victim, PersonParticulars recorded, Instant at) {
        particulars.put(victim, recorded);
    }

    @Override
    public synchronized Optional<PersonParticulars> particulars(PersonId victim) {
        return Optional.ofNullable(particulars.get(victim));
    }

    @Override
    public synchronized Optional<VictimRecord> load(PersonId victim) {
        return caseOf(victim).map(c -> new VictimRecord(victim, c.id(),
                particulars(victim).map(PersonParticulars::cnic), linkedTo(victim)));
    }

    @Override
    public synchronized List<Match> matches(PersonId victim) {
        Case own = caseOf(victim).orElseThrow();
        Set<BlindIndexTerm> mine = particulars(victim).map(VictimMatchTerms::of).orElse(Set.of());
        List<Match> found = new ArrayList<>();
        for (Case other : cases.all()) {
            if (other.id().equals(own.id())) {
                continue;
            }
            for (Victim v : other.victims()) {
                Set<MatchReason> shared = EnumSet.noneOf(MatchReason.class);
                if (!rejections.contains(Set.of(victim, v.id()))) {
                    particulars(v.id()).map(VictimMatchTerms::of).orElse(Set.of()).stream().filter(mine::contains)
                            .forEach(t -> shared.add(t.reason()));
                }
                boolean confirmed = links.contains(Set.of(victim, v.id()));
                if (!shared.isEmpty() || confirmed) {
                    found.add(new Match(v.id(), v.pseudonym().value(), other.id(), other.firNumber().value(),
                            other.registeredOn(), other.office().equals(own.office()), shared, confirmed));
                }
            }
        }
        found.sort(Comparator.comparing(Match::registeredOn).thenComparing(m -> m.caseId().value()));
        return found;
    }

    @Override
    public synchronized void saveLink(VictimRecord one, VictimRecord other, String actorId, Instant at) {
        if (one.linkedTo().contains(other.id())) {
            links.add(Set.of(one.id(), other.id()));
        } else {
            links.remove(Set.of(one.id(), other.id()));
        }
    }

    @Override
    public synchronized void reject(PersonId victim, PersonId other, String actorId, Instant at) {
        rejections.add(Set.of(victim, other));
    }

    private Set<PersonId> linkedTo(PersonId victim) {
        Set<PersonId> linked = new HashSet<>();
        links.stream().filter(l -> l.contains(victim)).forEach(l -> l.stream().filter(p -> !p.equals(victim)).forEach(linked::add));
        return linked;
    }

    private Optional<Case> caseOf(PersonId victim) {
        return cases.all().stream().filter(c -> c.victims().stream().anyMatch(v -> v.id().equals(victim))).findFirst();
    }
}
