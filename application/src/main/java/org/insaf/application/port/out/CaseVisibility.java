package org.insaf.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * Which cases the caller may see, as the repository must apply it: all of them, or those of an
 * office, or those assigned to a user (as prosecutor, judge or lead investigator). The parts are
 * alternatives: a case is visible when any one of them admits it.
 */
public record CaseVisibility(boolean all, Optional<String> office, Optional<String> assignedTo) {

    public CaseVisibility {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(assignedTo, "assignedTo");
    }

    public static final CaseVisibility NOTHING = new CaseVisibility(false, Optional.empty(), Optional.empty());

    public boolean seesNothing() {
        return !all && office.isEmpty() && assignedTo.isEmpty();
    }
}
