package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** An appeal or revision was filed against the judgment as it concerns one accused. */
public record AppealFiled(CaseId caseId, Appeal appeal) implements CaseEvent {

    public AppealFiled {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(appeal, "appeal");
    }

    @Override
    public LocalDate on() {
        return appeal.filedOn();
    }
}
