package org.insaf.domain.offence;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.Statute;

/** Invariant 4: a sentence lies inside the provision's range, with a fine only where allowed. */
public final class SentenceWithinLawPolicy {

    /** @param offence the charge sentenced: its facts' purposes matter to some penalties */
    public PolicyDecision assess(Statute statute, Offence offence, Sentence sentence) {
        return statute.assess(sentence, offence.facts().purposes());
    }
}
