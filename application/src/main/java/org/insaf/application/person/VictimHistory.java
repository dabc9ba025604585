package org.insaf.application.person;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A victim of a case and the victims of other cases who are probably, or confirmed to be, the same
 * person, as the caller may see them.
 *
 * @param traffickedBefore      a match (shown or only counted) in a case registered before this one
 * @param casesInOtherOffices   matches in cases the caller may not see: nothing more is told of them
 * @param particulars           what is recorded of the victim's person, when asked and the caller may read the identity
 */
public record VictimHistory(PersonId victim, String pseudonym, boolean traffickedBefore, List<OtherCase> otherCases,
                            int casesInOtherOffices, Optional<PersonParticulars> particulars) {

    public VictimHistory {
        otherCases = List.copyOf(otherCases);
    }

    /**
     * @param earlier  registered before the case asked about
     * @param identity the other victim's identity, when asked and the caller may read it in that case
     */
    public record OtherCase(CaseId caseId, String firNumber, LocalDate registeredOn, boolean earlier, PersonId victim,
                            String pseudonym, Set<MatchReason> reasons, boolean confirmed,
                            Optional<VictimIdentity> identity) {
        public OtherCase {
            reasons = Set.copyOf(reasons);
        }
    }
}
