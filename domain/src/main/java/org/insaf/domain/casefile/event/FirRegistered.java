package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An FIR was registered: the case exists, under the sections it names, from its registration date. */
public record FirRegistered(CaseId caseId, LocalDate on, FirNumber firNumber, InvestigatingOffice office,
                            Set<StatuteCode> firSections, List<String> otherSections) implements StatusEntered {

    public FirRegistered {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "registration date");
        InvalidValueException.required(firNumber, "FIR number");
        InvalidValueException.required(office, "investigating office");
        firSections = Collections.unmodifiableSet(new TreeSet<>(
                InvalidValueException.required(firSections, "FIR sections")));
        otherSections = List.copyOf(InvalidValueException.required(otherSections, "other sections"));
    }

    /** The office's code, as the older API named it. */
    public FiaCircle circle() {
        return office.asCircle();
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.REGISTERED;
    }
}
