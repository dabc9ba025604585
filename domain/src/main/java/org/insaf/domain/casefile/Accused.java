package org.insaf.domain.casefile;

import org.insaf.domain.person.Trafficker;
import org.insaf.domain.shared.InvalidValueException;

import java.util.Optional;

/**
 * A trafficker accused in this case.
 *
 * @param nonPunishmentJustification why a person recorded as a victim of the case is nevertheless
 *                                   accused (invariant 7); null for anyone else
 */
public record Accused(Trafficker trafficker, String nonPunishmentJustification) {

    public Accused {
        InvalidValueException.required(trafficker, "trafficker");
        nonPunishmentJustification = nonPunishmentJustification == null || nonPunishmentJustification.isBlank()
                ? null : nonPunishmentJustification.strip();
    }

    public Optional<String> justification() {
        return Optional.ofNullable(nonPunishmentJustification);
    }
}
