package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** s.426 CrPC: the appellate court suspended the sentence pending the appeal; the convict's CustodyChanged follows. */
public record SentenceSuspended(CaseId caseId, AppealId appealId, LocalDate on) implements CaseEvent {

    public SentenceSuspended {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(appealId, "appeal id");
        InvalidValueException.required(on, "date of the suspension");
    }
}
