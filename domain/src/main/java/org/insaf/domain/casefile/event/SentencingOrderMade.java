package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** The judge made the sentencing order over the sentences of one convicted accused. */
public record SentencingOrderMade(CaseId caseId, SentencingOrder order) implements CaseEvent {

    public SentencingOrderMade {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(order, "sentencing order");
    }

    @Override
    public LocalDate on() {
        return order.pronouncedOn();
    }
}
