package org.insaf.domain.casefile;

import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimIdentity;
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
        if (trafficker.cnic() == null) {
            return false;
        }
        // A CNIC compared against a victim whose identity was not read would pass unseen: refuse to guess.
        VictimIdentity identity = victim.identity().orElseThrow(() -> new IllegalStateException(
                "the victims' identities must be read before an accused's CNIC is compared with theirs"));
        return trafficker.cnic().equals(identity.cnic());
    }
}
