package org.insaf.application.service;

import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.NetworkReader;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.PersonId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network reader over a table of cases, accused and victims, for the service's tests: cases are
 * visible by office (or all for an admin), as the persistence adapter's SQL admits them, and every
 * call is counted as the one statement it is there.
 */
public final class NetworkFixture implements NetworkReader {

    record StoredCase(CaseId id, String fir, String office, List<String> routes) {
    }

    record StoredAccused(CaseId caseId, PersonId person, String name, Set<TraffickerRole> roles, Set<PersonId> worksWith) {
    }

    final Map<CaseId, StoredCase> cases = new LinkedHashMap<>();
    final List<StoredAccused> accused = new ArrayList<>();
    final List<VictimRow> victims = new ArrayList<>();
    final List<ChargeRow> charges = new ArrayList<>();
    int reads;

    public CaseId addCase(CaseId id, String fir, String office, String... routes) {
        cases.put(id, new StoredCase(id, fir, office, List.of(routes)));
        return id;
    }

    public CaseId addCase(String fir, String office, String... routes) {
        return addCase(CaseId.random(), fir, office, routes);
    }

    public void accuse(CaseId caseId, PersonId person, String name, TraffickerRole... roles) {
        accused.add(new StoredAccused(caseId, person, name, Set.of(roles), Set.of()));
    }

    public void worksWith(CaseId caseId, PersonId person, PersonId other) {
        StoredAccused a = accused.stream().filter(x -> x.caseId().equals(caseId) && x.person().equals(person)).findFirst().orElseThrow();
        accused.set(accused.indexOf(a), new StoredAccused(caseId, person, a.name(), a.roles(), Set.of(other)));
    }

    public void victim(CaseId caseId, String pseudonym, RecruiterRelation relation, PersonId... chargedAccused) {
        victims.add(new VictimRow(caseId, pseudonym, relation));
        for (PersonId p : chargedAccused) {
            charges.add(new ChargeRow(caseId, p, pseudonym));
        }
    }

    private boolean visible(CaseId id, CaseVisibility visibility) {
        return visibility.all() || visibility.office().filter(cases.get(id).office()::equals).isPresent();
    }

    @Override
    public List<Appearance> appearances(Set<CaseId> given, CaseVisibility visibility) {
        reads++;
        Set<PersonId> persons = new LinkedHashSet<>();
        accused.stream().filter(a -> given.contains(a.caseId())).forEach(a -> persons.add(a.person()));
        return appearancesOfAll(persons, visibility);
    }

    @Override
    public List<Appearance> appearancesOf(PersonId person, CaseVisibility visibility) {
        reads++;
        return appearancesOfAll(Set.of(person), visibility);
    }

    private List<Appearance> appearancesOfAll(Set<PersonId> persons, CaseVisibility visibility) {
        List<Appearance> out = new ArrayList<>();
        for (CaseId id : cases.keySet()) {
            accused.stream().filter(a -> a.caseId().equals(id) && persons.contains(a.person()))
                    .forEach(a -> out.add(new Appearance(a.person(), id, visible(id, visibility))));
        }
        return out;
    }

    @Override
    public Content content(Set<CaseId> given) {
        reads++;
        return new Content(
                cases.values().stream().filter(c -> given.contains(c.id()))
                        .map(c -> new CaseRow(c.id(), c.fir(), c.office(), CaseStatus.UNDER_INVESTIGATION, c.routes())).toList(),
                accused.stream().filter(a -> given.contains(a.caseId()))
                        .map(a -> new AccusedRow(a.caseId(), a.person(), a.name(), a.roles(), a.worksWith())).toList(),
                victims.stream().filter(v -> given.contains(v.caseId())).toList(),
                charges.stream().filter(c -> given.contains(c.caseId())).toList());
    }
}
