package org.insaf.application.port.out;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases the caller may see, as the repository must apply it: all of them, or those of an
 * office, or those on which a user holds one of the given places (lead investigator, prosecutor,
 * judge). The parts are alternatives: a case is visible when any one of them admits it.
 */
public record CaseVisibility(boolean all, Optional<String> office, Optional<String> assignedTo, Set<Place> places) {

    /** A place on a case that makes it visible to whoever holds it. */
    public enum Place {
        LEAD_INVESTIGATOR,
        PROSECUTOR,
        JUDGE
    }

    public CaseVisibility {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(assignedTo, "assignedTo");
        places = places.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(places));
    }

    /** Visible when the user holds any place on the case. */
    public CaseVisibility(boolean all, Optional<String> office, Optional<String> assignedTo) {
        this(all, office, assignedTo, EnumSet.allOf(Place.class));
    }

    public boolean seesNothing() {
        return !all && office.isEmpty() && (assignedTo.isEmpty() || places.isEmpty());
    }

    public boolean admitsAs(Place place) {
        return assignedTo.isPresent() && places.contains(place);
    }
}
