package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** On its date the investigation was closed without a charge sheet, for the reason given. */
public record InvestigationClosed(CaseId caseId, LocalDate on, String reason) implements StatusEntered {

    public InvestigationClosed {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "closure date");
        reason = InvalidValueException.requiredText(reason, "reason for closing the investigation");
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.INVESTIGATION_CLOSED;
    }
}
