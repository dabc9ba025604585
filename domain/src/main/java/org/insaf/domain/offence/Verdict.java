package org.insaf.domain.offence;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

public record Verdict(VerdictOutcome outcome, LocalDate date) {

    public Verdict {
        InvalidValueException.required(outcome, "verdict outcome");
        InvalidValueException.required(date, "verdict date");
    }

    public boolean isConviction() {
        return outcome == VerdictOutcome.CONVICTED;
    }
}
