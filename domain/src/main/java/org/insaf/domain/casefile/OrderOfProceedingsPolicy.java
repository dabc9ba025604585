package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Invariant 5: hearings and verdicts only on trial, a sentence only after a conviction, and a case
 * is decided only when every charge has a verdict (withdrawn counts) and every conviction a sentence.
 */
public final class OrderOfProceedingsPolicy {

    public PolicyDecision mayHoldHearing(CaseStatus status) {
        return status == CaseStatus.ON_TRIAL ? PolicyDecision.allow()
                : refuse("a hearing is recorded only while the case is ON_TRIAL; it is " + status);
    }

    public PolicyDecision mayGiveVerdict(CaseStatus status, Offence offence) {
        if (status != CaseStatus.ON_TRIAL) {
            return refuse("a verdict is given only while the case is ON_TRIAL; it is " + status);
        }
        if (offence.isDecided()) {
            return refuse("the charge under " + offence.statute().code() + " already has a verdict ("
                    + offence.verdict().outcome() + " on " + offence.verdict().date() + ")");
        }
        return PolicyDecision.allow();
    }

    public PolicyDecision maySentence(CaseStatus status, Offence offence) {
        if (status != CaseStatus.ON_TRIAL) {
            return refuse("a sentence is passed only while the case is ON_TRIAL; it is " + status);
        }
        if (!offence.isConvicted()) {
            return refuse("a sentence follows only a conviction; the charge under " + offence.statute().code()
                    + (offence.isDecided() ? " ended " + offence.verdict().outcome() : " has no verdict yet"));
        }
        if (offence.sentencePassed().isPresent()) {
            return refuse("the conviction under " + offence.statute().code() + " has already been sentenced");
        }
        return PolicyDecision.allow();
    }

    public PolicyDecision mayDecide(Collection<Offence> offences) {
        String undecided = offences.stream().filter(o -> !o.isDecided())
                .map(o -> o.statute().code().value()).collect(Collectors.joining(", "));
        if (!undecided.isEmpty()) {
            return refuse("the case is decided only when every charge has a verdict; still open: " + undecided);
        }
        String unsentenced = offences.stream().filter(o -> o.isConvicted() && o.sentencePassed().isEmpty())
                .map(o -> o.statute().code().value()).collect(Collectors.joining(", "));
        if (!unsentenced.isEmpty()) {
            return refuse("the case is decided only when every conviction has a sentence; not yet sentenced: "
                    + unsentenced);
        }
        return PolicyDecision.allow();
    }

    private static PolicyDecision refuse(String reason) {
        return PolicyDecision.refuse(Rule.ORDER_OF_PROCEEDINGS, reason);
    }
}
