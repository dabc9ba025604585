package org.insaf.domain.offence;

import org.insaf.domain.shared.PolicyDecision;

import java.util.List;

/**
 * A rule a charge must pass before it is filed. The three below are invariants 1 to 3 of the
 * design; they are checked in this order so the most basic refusal is the one reported.
 */
@FunctionalInterface
public interface ChargePolicy {

    PolicyDecision assess(ChargeProposal proposal);

    static List<ChargePolicy> all() {
        return List.of(new LawInForcePolicy(), new TerritorialScopePolicy(), new ElementsSatisfiedPolicy());
    }

    /** The first refusal of all policies, or an allowance. */
    static PolicyDecision assessAll(ChargeProposal proposal) {
        PolicyDecision decision = PolicyDecision.allow();
        for (ChargePolicy policy : all()) {
            decision = decision.and(() -> policy.assess(proposal));
        }
        return decision;
    }
}
