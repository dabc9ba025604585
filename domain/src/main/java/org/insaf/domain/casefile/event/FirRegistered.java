package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An FIR was registered: the case exists, under the sections it names, from its registration date. */
public record FirRegistered(CaseId caseId, LocalDate on, FirNumber firNumber, FiaCircle circle,
                            Set<StatuteCode> firSections, List<String> otherSections) implements StatusEntered {

    public FirRegistered {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "registration date");
        InvalidValueException.required(firNumber, "FIR number");
        InvalidValueException.required(circle, "FIA circle");
        firSections = Collections.unmodifiableSet(new TreeSet<>(
                InvalidValueException.required(firSections, "FIR sections")));
        otherSections = List.copyOf(InvalidValueException.required(otherSections, "other sections"));
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.REGISTERED;
    }
}
