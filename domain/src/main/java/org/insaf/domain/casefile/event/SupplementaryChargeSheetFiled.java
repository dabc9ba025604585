package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.List;

/**
 * On its date a supplementary charge sheet (s.173 CrPC) charged, in the same case, accused not
 * charged before: the offences it added and the mischarging warnings they raised. The case's
 * status does not change.
 */
public record SupplementaryChargeSheetFiled(CaseId caseId, LocalDate on, List<Offence> offences,
                                            List<CaseWarning> warnings) implements CaseEvent {

    public SupplementaryChargeSheetFiled {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "supplementary charge sheet date");
        offences = List.copyOf(InvalidValueException.required(offences, "offences"));
        warnings = List.copyOf(InvalidValueException.required(warnings, "warnings"));
    }
}
