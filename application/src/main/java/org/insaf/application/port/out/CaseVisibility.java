package org.insaf.application.port.out;

import org.insaf.application.casefile.live.CaseHolding;
import org.insaf.domain.casefile.Agency;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases the caller may see, as the repository must apply it: all of them, or those of an
 * office, or those on which a user holds one of the given places (lead investigator, prosecutor,
 * judge). The parts are alternatives: a case is visible when any one of them admits it. The office
 * is the one that holds the case now, of the given agency (an office code names one office per agency).
 */
public record CaseVisibility(boolean all, Optional<String> office, Optional<String> assignedTo, Set<Place> places,
                             Agency officeAgency) {

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
        Objects.requireNonNull(officeAgency, "officeAgency");
    }

    /** An FIA office's cases, or the places. */
    public CaseVisibility(boolean all, Optional<String> office, Optional<String> assignedTo, Set<Place> places) {
        this(all, office, assignedTo, places, Agency.FIA);
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

    /** The repository's rule, for one case whose holders are known: any part admits it. */
    public boolean admits(CaseHolding holding) {
        return all
                || office.filter(o -> o.equals(holding.office()) && officeAgency == holding.agency()).isPresent()
                || admitsAs(Place.LEAD_INVESTIGATOR) && holding.leadInvestigator().equals(assignedTo)
                || admitsAs(Place.PROSECUTOR) && holding.prosecutor().equals(assignedTo)
                || admitsAs(Place.JUDGE) && holding.judge().equals(assignedTo);
    }
}
