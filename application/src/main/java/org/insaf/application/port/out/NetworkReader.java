package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.PersonId;

import java.util.List;
import java.util.Set;

/**
 * What a network is read from: each call is one SQL statement whatever the number of cases or persons
 * asked about, so a network costs a number of statements that depends on its depth only. Persons are
 * given as the person register joins them: a record joined to another is that other person.
 */
public interface NetworkReader {

    /**
     * Every case of every person accused in the given cases, each with whether the visibility admits
     * it; ordered by the case's registration, then case and person ids.
     */
    List<Appearance> appearances(Set<CaseId> cases, CaseVisibility visibility);

    /** Every case of the person (and of the records joined with it), as {@link #appearances} orders them. */
    List<Appearance> appearancesOf(PersonId person, CaseVisibility visibility);

    /** What the given cases (all visible to the caller) hold, for a network's nodes and links. */
    Content content(Set<CaseId> cases);

    /** A person accused in a case. */
    record Appearance(PersonId person, CaseId caseId, boolean visible) {
    }

    record Content(List<CaseRow> cases, List<AccusedRow> accused, List<VictimRow> victims, List<ChargeRow> charges) {
        public Content {
            cases = List.copyOf(cases);
            accused = List.copyOf(accused);
            victims = List.copyOf(victims);
            charges = List.copyOf(charges);
        }
    }

    /** A case, with the distinct routes of its facts and charges (countries joined by '>'). */
    record CaseRow(CaseId id, String firNumber, String office, CaseStatus status, List<String> routes) {
        public CaseRow {
            routes = List.copyOf(routes);
        }
    }

    /** An accused of a case: the name as the case writes it, and the persons it works with. */
    record AccusedRow(CaseId caseId, PersonId person, String name, Set<TraffickerRole> roles, Set<PersonId> worksWith) {
        public AccusedRow {
            roles = Set.copyOf(roles);
            worksWith = Set.copyOf(worksWith);
        }
    }

    /** A victim of a case, by pseudonym. */
    record VictimRow(CaseId caseId, String pseudonym, RecruiterRelation recruiterRelation) {
    }

    /** An accused charged for a victim of the same case. */
    record ChargeRow(CaseId caseId, PersonId person, String pseudonym) {
    }
}
