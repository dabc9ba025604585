package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;

/** Something a prosecutor should look at that the law does not forbid (e.g. possible mischarging). */
public record CaseWarning(Rule rule, PersonId accused, String message) {

    public CaseWarning {
        InvalidValueException.required(rule, "rule");
        InvalidValueException.required(accused, "accused");
        message = InvalidValueException.requiredText(message, "message");
    }
}
