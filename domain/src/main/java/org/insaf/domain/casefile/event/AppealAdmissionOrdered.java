package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** The appellate court admitted an appeal to be heard, or dismissed it in limine (s.421 CrPC). */
public record AppealAdmissionOrdered(CaseId caseId, AppealId appealId, Appeal.Admission admission) implements CaseEvent {

    public AppealAdmissionOrdered {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(appealId, "appeal id");
        InvalidValueException.required(admission, "admission order");
    }

    @Override
    public LocalDate on() {
        return admission.on();
    }
}
