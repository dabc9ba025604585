package org.insaf.domain.offence;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Statute;

/** Invariant 2: a transnational-only provision (e.g. PACHTO 2002) needs movement into or out of Pakistan. */
public final class TerritorialScopePolicy implements ChargePolicy {

    @Override
    public PolicyDecision assess(ChargeProposal proposal) {
        Statute statute = proposal.statute();
        OffenceFacts facts = proposal.facts();
        if (statute.reaches(facts.isTransnational())) {
            return PolicyDecision.allow();
        }
        return PolicyDecision.refuse(Rule.TERRITORIAL_SCOPE, explain(statute, facts));
    }

    public static String explain(Statute statute, OffenceFacts facts) {
        return statute.code() + " reaches only movement into or out of Pakistan; the route "
                + facts.route().describe() + " stays inside Pakistan";
    }
}
