package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** A case moved from one investigating office to another on a day, for a reason. */
public record CaseTransfer(LocalDate on, InvestigatingOffice from, InvestigatingOffice to, String reason) {

    public CaseTransfer {
        InvalidValueException.required(on, "transfer date");
        InvalidValueException.required(from, "office transferred from");
        InvalidValueException.required(to, "office transferred to");
        reason = InvalidValueException.requiredText(reason, "reason for the transfer");
    }
}
