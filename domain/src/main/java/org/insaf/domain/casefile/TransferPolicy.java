package org.insaf.domain.casefile;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

/**
 * A case is transferred to another office, and only while it is open: once the case or its
 * investigation is closed there is nothing left for an office to investigate or hold.
 */
public final class TransferPolicy {

    public PolicyDecision mayTransfer(CaseStatus status, InvestigatingOffice from, InvestigatingOffice to) {
        if (status == CaseStatus.CLOSED || status == CaseStatus.INVESTIGATION_CLOSED) {
            return PolicyDecision.refuse(Rule.NO_TRANSFER_OF_CLOSED_CASE,
                    "a case is transferred only while it is open; it is " + status);
        }
        if (from.isSameOfficeAs(to)) {
            return PolicyDecision.refuse(Rule.TRANSFER_TO_ANOTHER_OFFICE,
                    "the case is already with " + from.code() + "; a transfer names another office");
        }
        return PolicyDecision.allow();
    }
}
