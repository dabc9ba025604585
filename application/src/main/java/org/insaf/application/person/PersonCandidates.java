package org.insaf.application.person;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.shared.PersonId;

import java.util.List;
import java.util.Optional;

/**
 * The persons of other cases probably the same as an accused, best first. Candidates whose cases the
 * caller may not see are only counted, with how to ask for access: never their names, reasons or cases.
 *
 * @param matchesInOtherOffices candidates found only in cases the caller may not see
 */
public record PersonCandidates(PersonId person, List<Candidate> candidates, int matchesInOtherOffices,
                               Optional<String> howToAskForAccess) {

    public PersonCandidates {
        candidates = List.copyOf(candidates);
    }

    /** A candidate in at least one case the caller may see; only those cases are listed. */
    public record Candidate(PersonId person, int score, List<MatchReason> reasons, List<String> names,
                            List<CaseId> cases) {
        public Candidate {
            reasons = List.copyOf(reasons);
            names = List.copyOf(names);
            cases = List.copyOf(cases);
        }
    }
}
