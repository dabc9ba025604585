package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

/** The FIA circle or office that registered the case, e.g. "AHTC Lahore". Access rules key on it. */
public record FiaCircle(String name) {

    public FiaCircle {
        name = InvalidValueException.requiredText(name, "FIA circle");
    }

    @Override
    public String toString() {
        return name;
    }
}
