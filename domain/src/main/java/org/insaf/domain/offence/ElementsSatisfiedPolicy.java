package org.insaf.domain.offence;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.util.stream.Collectors;

/**
 * Invariant 3: the facts must meet every element of the provision. This is where PPC 369A's
 * demand for force, fraud or coercion — even for a child — refuses a charge Palermo would allow.
 */
public final class ElementsSatisfiedPolicy implements ChargePolicy {

    @Override
    public PolicyDecision assess(ChargeProposal proposal) {
        ElementAssessment assessment = ElementAssessment.of(proposal.statute(), proposal.facts(), proposal.victims());
        if (assessment.isSatisfied()) {
            return PolicyDecision.allow();
        }
        String missing = assessment.missing().stream().map(ElementFinding::describe)
                .collect(Collectors.joining("; "));
        return PolicyDecision.refuse(Rule.ELEMENTS_SATISFIED,
                proposal.statute().code() + " is not made out on these facts: missing " + missing);
    }
}
