package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** A hearing of the case was held and recorded. */
public record HearingRecorded(CaseId caseId, Hearing hearing) implements CaseEvent {

    public HearingRecorded {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(hearing, "hearing");
    }

    @Override
    public LocalDate on() {
        return hearing.date();
    }
}
