package org.insaf.application.adapters;

import org.insaf.application.port.out.PersonRegister;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;

import org.insaf.domain.person.registry.Person;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.SamePersonTest;
import org.insaf.domain.person.registry.Trigrams;
import org.insaf.domain.shared.PersonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person register in memory. Like the database's writer, it has a record for every accused of
 * the cases stored (made on first look, from the accused's name, CNIC as the case records them).
 */
public class InMemoryPersonRegister implements PersonRegister {

    private record Row(PersonParticulars particulars, Optional<PersonId> joinedTo) {
    }

    private final InMemoryCases cases;
    private final Map<PersonId, Row> rows = new LinkedHashMap<>();
    private final Set<List<PersonId>> rejections = new HashSet<>();

    public InMemoryPersonRegister(InMemoryCases cases) {
        this.cases = cases;
    }

    private synchronized void sync() {
        for (Case c : cases.all()) {
            for (Accused a : c.accused()) {
                rows.computeIfAbsent(a.trafficker().id(), id -> new Row(new PersonParticulars(List.of(a.trafficker().name()),
                        null, a.trafficker().cnic(), null, Set.of(), null), Optional.empty()));
            }
        }
    }

    @Override
    public synchronized Optional<Person> load(PersonId id) {
        sync();
        Row row = rows.get(id);
        if (row == null) {
            return Optional.empty();
        }
        Set<PersonId> joined = new HashSet<>();
        rows.forEach((other, r) -> r.joinedTo().filter(id::equals).ifPresent(x -> joined.add(other)));
        return Optional.of(Person.restored(id, row.particulars(), row.joinedTo(), joined));
    }

    @Override
    public synchronized void save(Person person, Instant at) {
        sync();
        rows.put(person.id(), new Row(person.particulars(), person.joinedTo()));
    }

    @Override
    public synchronized List<Recorded> near(PersonId record, PersonParticulars sought, List<PersonId> excluded, int limit) {
        sync();
        List<Recorded> found = new ArrayList<>();
        for (Map.Entry<PersonId, Row> e : rows.entrySet()) {
            PersonId id = e.getKey();
            Row row = e.getValue();
            if (excluded.contains(id) || row.joinedTo().filter(excluded::contains).isPresent()
                    || rejections.contains(List.of(record, id)) || rejections.contains(List.of(id, record))) {
                continue;
            }
            if (close(sought, row.particulars())) {
                found.add(new Recorded(load(id).orElseThrow(), casesOf(id)));
            }
        }
        found.sort(Comparator.comparing(r -> r.person().id().value()));
        return found.subList(0, Math.min(limit, found.size()));
    }

    private static boolean close(PersonParticulars sought, PersonParticulars p) {
        if (sought.cnic() != null && sought.cnic().equals(p.cnic())
                || sought.passport() != null && sought.passport().equals(p.passport())
                || sought.phones().stream().anyMatch(p.phones()::contains)) {
            return true;
        }
        for (String a : sought.nameKeys()) {
            for (String b : p.nameKeys()) {
                if (Trigrams.similarity(a, b) >= SamePersonTest.NARROWING) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public synchronized void reject(PersonId record, PersonId candidate, String actorId, Instant at) {
        rejections.add(List.of(record, candidate));
    }

    @Override
    public List<CaseId> casesOf(PersonId id) {
        return cases.all().stream().sorted(Comparator.comparing(Case::registeredOn))
                .filter(c -> c.accused().stream().anyMatch(a -> a.trafficker().id().equals(id))).map(Case::id).toList();
    }

}
