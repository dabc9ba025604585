package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseTransfer;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** The case was transferred to another investigating office: that office's access starts, the old one's ends. */
public record CaseTransferred(CaseId caseId, CaseTransfer transfer) implements CaseEvent {

    public CaseTransferred {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(transfer, "transfer");
    }

    @Override
    public LocalDate on() {
        return transfer.on();
    }
}
