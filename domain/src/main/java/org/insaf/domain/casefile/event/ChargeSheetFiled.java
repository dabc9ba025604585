package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.List;

/**
 * On its date the charge sheet was filed: the offences charged (each one accused, one statute, the
 * victims it concerns and the facts alleged) and the mischarging warnings it raised.
 */
public record ChargeSheetFiled(CaseId caseId, LocalDate on, List<Offence> offences, List<CaseWarning> warnings)
        implements StatusEntered {

    public ChargeSheetFiled {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "charge sheet date");
        offences = List.copyOf(InvalidValueException.required(offences, "offences"));
        warnings = List.copyOf(InvalidValueException.required(warnings, "warnings"));
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.CHARGE_SHEET_FILED;
    }
}
