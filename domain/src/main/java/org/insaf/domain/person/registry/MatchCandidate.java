package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.util.List;

/**
 * A person of another case who is probably the one sought.
 *
 * @param score   0 to 100: 100 for the same CNIC, lower as the evidence is weaker
 * @param reasons what agrees, strongest first
 */
public record MatchCandidate(PersonId person, int score, List<MatchReason> reasons) {

    public MatchCandidate {
        InvalidValueException.required(person, "person");
        InvalidValueException.check(score >= 0 && score <= 100, "MATCH_SCORE", "a score lies between 0 and 100");
        reasons = List.copyOf(reasons);
        InvalidValueException.check(!reasons.isEmpty(), "MATCH_REASONS", "a candidate has at least one reason");
    }
}
