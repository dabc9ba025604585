package org.insaf.domain.offence;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.Statute;

/** Invariant 4: a sentence lies inside the provision's range, with a fine only where allowed. */
public final class SentenceWithinLawPolicy {

    public PolicyDecision assess(Statute statute, Sentence sentence) {
        return statute.assess(sentence);
    }
}
