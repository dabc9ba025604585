package org.insaf.domain.casefile;

import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What happened to the accused of a case besides their charges: each one's custody history, in
 * order; the bail applications made for them, in order; and the charges a supplementary charge
 * sheet (s.173 CrPC) brought later, with the day it was filed (charges without a day here came
 * with the case's charge sheet); and the appeals and revisions against their judgments, in the
 * order they were filed.
 */
public record AccusedProceedings(List<CustodyChange> custody, List<BailApplication> bail,
                                 Map<OffenceId, LocalDate> supplementaryCharges, List<Appeal> appeals) {

    public static final AccusedProceedings NONE = new AccusedProceedings(List.of(), List.of(), Map.of());

    public AccusedProceedings {
        custody = List.copyOf(InvalidValueException.required(custody, "custody history"));
        bail = List.copyOf(InvalidValueException.required(bail, "bail applications"));
        supplementaryCharges = Map.copyOf(InvalidValueException.required(supplementaryCharges,
                "supplementary charges"));
        appeals = appeals == null ? List.of() : List.copyOf(appeals);
    }

    /** Proceedings without any appeal. */
    public AccusedProceedings(List<CustodyChange> custody, List<BailApplication> bail,
                              Map<OffenceId, LocalDate> supplementaryCharges) {
        this(custody, bail, supplementaryCharges, List.of());
    }
}
