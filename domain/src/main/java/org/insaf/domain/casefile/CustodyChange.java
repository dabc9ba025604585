package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of an accused's custody history: from {@code since} they were in {@code status}.
 *
 * @param proclamationPublishedOn for a proclaimed offender, the day the s.87 proclamation was published
 * @param propertyAttached        for a proclaimed offender, whether the court attached their property (s.88)
 */
public record CustodyChange(PersonId accused, CustodyStatus status, LocalDate since,
                            LocalDate proclamationPublishedOn, boolean propertyAttached) {

    public CustodyChange {
        InvalidValueException.required(accused, "accused");
        InvalidValueException.required(status, "custody status");
        InvalidValueException.required(since, "date of the custody status");
        InvalidValueException.check((status == CustodyStatus.PROCLAIMED_OFFENDER) == (proclamationPublishedOn != null),
                "PROCLAMATION_DATE", "a proclamation date goes with, and only with, a proclaimed offender");
        InvalidValueException.check(status == CustodyStatus.PROCLAIMED_OFFENDER || !propertyAttached,
                "PROCLAMATION_DATE", "property is attached (s.88 CrPC) only of a proclaimed offender");
    }

    public static CustodyChange of(PersonId accused, CustodyStatus status, LocalDate since) {
        return new CustodyChange(accused, status, since, null, false);
    }

    public Optional<LocalDate> proclamation() {
        return Optional.ofNullable(proclamationPublishedOn);
    }
}
