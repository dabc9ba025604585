package org.insaf.domain.casefile;

import org.insaf.domain.person.Trafficker;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A trafficker accused in this case.
 *
 * @param nonPunishmentJustification why a person recorded as a victim of the case is nevertheless
 *                                   accused (invariant 7); null for anyone else
 * @param addedOn                    the business date the accused was added to the case: the yearly
 *                                   figures count them as investigated from then (or from the start of
 *                                   the investigation, if that is later)
 */
public record Accused(Trafficker trafficker, String nonPunishmentJustification, LocalDate addedOn) {

    public Accused {
        InvalidValueException.required(trafficker, "trafficker");
        InvalidValueException.required(addedOn, "date the accused was added");
        nonPunishmentJustification = nonPunishmentJustification == null || nonPunishmentJustification.isBlank()
                ? null : nonPunishmentJustification.strip();
    }

    public Optional<String> justification() {
        return Optional.ofNullable(nonPunishmentJustification);
    }
}
