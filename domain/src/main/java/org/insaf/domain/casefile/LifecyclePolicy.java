package org.insaf.domain.casefile;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.util.stream.Collectors;

/** Only the status moves of {@link CaseStatus#next()} exist. */
public final class LifecyclePolicy {

    public PolicyDecision mayMove(CaseStatus from, CaseStatus to) {
        if (from.canMoveTo(to)) {
            return PolicyDecision.allow();
        }
        String allowed = from.isFinal() ? "it is final and cannot move at all"
                : "from " + from + " it can move only to "
                + from.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
        return PolicyDecision.refuse(Rule.LIFECYCLE,
                "a case that is " + from + " cannot move to " + to + "; " + allowed);
    }

    /** For steps that are not moves (adding a victim, an accused): allowed only in some statuses. */
    public PolicyDecision mayWhile(CaseStatus current, String what, CaseStatus... allowedIn) {
        for (CaseStatus status : allowedIn) {
            if (status == current) {
                return PolicyDecision.allow();
            }
        }
        return PolicyDecision.refuse(Rule.LIFECYCLE, what + " is possible only while the case is "
                + java.util.Arrays.stream(allowedIn).map(Enum::name).collect(Collectors.joining(" or "))
                + "; it is " + current);
    }
}
