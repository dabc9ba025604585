package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

/** The First Information Report number as the FIA circle writes it, e.g. "FIR 12/2017". */
public record FirNumber(String value) {

    public FirNumber {
        value = InvalidValueException.requiredText(value, "FIR number");
    }

    @Override
    public String toString() {
        return value;
    }
}
