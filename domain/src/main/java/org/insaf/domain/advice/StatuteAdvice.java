package org.insaf.domain.advice;

import org.insaf.domain.offence.ElementFinding;
import org.insaf.domain.statute.Statute;

import java.util.List;
import java.util.Optional;

/**
 * How one provision fits the facts: in force or not, within its territorial scope or not, the
 * elements met and missing, and the penalty it carries.
 *
 * @param inForceNote  empty when in force, else e.g. "PPC-369A was not in force on 2015-06-01; it applies from 2016-03-01"
 * @param scopeNote    empty when the scope fits, else why not
 * @param penaltyRange e.g. "5 to 7 years, or a fine of PKR 500,000 to PKR 700,000, or both"
 */
public record StatuteAdvice(Statute statute, boolean inForce, String inForceNote, boolean scopeFits,
                            String scopeNote, List<ElementFinding> met, List<ElementFinding> missing,
                            String penaltyRange) {

    public StatuteAdvice {
        met = List.copyOf(met);
        missing = List.copyOf(missing);
    }

    /** In force, within scope and every element met: the provision can be charged on these facts. */
    public boolean isApplicable() {
        return inForce && scopeFits && missing.isEmpty();
    }

    /** Everything standing in the way: missing elements, plus being out of force or out of scope. */
    public int gaps() {
        return missing.size() + (inForce ? 0 : 1) + (scopeFits ? 0 : 1);
    }

    public List<String> missingElements() {
        return missing.stream().map(ElementFinding::describe).toList();
    }

    public List<String> metElements() {
        return met.stream().map(ElementFinding::describe).toList();
    }

    public Optional<String> whyNotInForce() {
        return inForce ? Optional.empty() : Optional.of(inForceNote);
    }

    public Optional<String> whyOutOfScope() {
        return scopeFits ? Optional.empty() : Optional.of(scopeNote);
    }
}
