package org.insaf.domain.sentencing;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;

/** Compensation a convict is ordered to pay one victim, under one law. */
public record Compensation(PersonId victim, Rupees amount, CompensationLaw under) {

    public Compensation {
        InvalidValueException.required(victim, "victim compensated");
        InvalidValueException.required(amount, "amount of compensation");
        InvalidValueException.required(under, "law of the compensation");
        InvalidValueException.check(amount.amount() > 0, "COMPENSATION_POSITIVE",
                "compensation must be more than PKR 0: " + amount);
    }
}
