package org.insaf.domain.casefile;

import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.Victim;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.util.Collection;
import java.util.Optional;

/**
 * Invariant 7, the non-punishment principle: a person recorded as a victim of the case is accused
 * only with an explicit justification, which is then recorded with the accusation. The same
 * person is recognised by person id, or by CNIC where both records carry one.
 */
public final class VictimNotAccusedPolicy {

    public PolicyDecision mayAccuse(Trafficker trafficker, String justification, Collection<Victim> victims) {
        Optional<Victim> sameAsVictim = victims.stream().filter(v -> isSamePerson(v, trafficker)).findFirst();
        if (sameAsVictim.isEmpty() || (justification != null && !justification.isBlank())) {
            return PolicyDecision.allow();
        }
        return PolicyDecision.refuse(Rule.VICTIM_NOT_ACCUSED, sameAsVictim.get().pseudonym()
                + " is recorded as a victim of this case; accusing this person needs a recorded justification "
                + "(victims are not punished for offences they were compelled to commit)");
    }

    public static boolean isSamePerson(Victim victim, Trafficker trafficker) {
        if (victim.id().equals(trafficker.id())) {
            return true;
        }
        String cnic = victim.identity().cnic();
        return cnic != null && cnic.equals(trafficker.cnic());
    }
}
