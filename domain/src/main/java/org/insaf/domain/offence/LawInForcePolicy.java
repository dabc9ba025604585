package org.insaf.domain.offence;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.InForcePeriod;
import org.insaf.domain.statute.Statute;

import java.time.LocalDate;

/** Invariant 1: no retrospective punishment — the provision must be in force on the offence date. */
public final class LawInForcePolicy implements ChargePolicy {

    @Override
    public PolicyDecision assess(ChargeProposal proposal) {
        Statute statute = proposal.statute();
        LocalDate on = proposal.facts().offenceDate();
        if (statute.isInForceOn(on)) {
            return PolicyDecision.allow();
        }
        return PolicyDecision.refuse(Rule.LAW_IN_FORCE, explain(statute, on));
    }

    /** "PPC-369A was not in force on 2015-06-01; it applies from 2016-03-18". */
    public static String explain(Statute statute, LocalDate on) {
        InForcePeriod period = statute.inForce();
        String when = on.isBefore(period.from())
                ? "it applies from " + period.from()
                : "it applied from " + period.from() + " to " + period.lastDay().orElseThrow();
        return statute.code() + " was not in force on " + on + "; " + when;
    }
}
