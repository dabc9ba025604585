package org.insaf.domain.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an accused is, as far as the case knows: one status at a time, dated by the step that put
 * them there. The moves are those the Code of Criminal Procedure knows. Storage format: never rename.
 */
public enum CustodyStatus {
    /** Named in the case but never arrested (or released without bail being needed). */
    NOT_ARRESTED,
    IN_CUSTODY,
    /** Released on bail granted by a court (s.496, s.497 or, before arrest, s.498 CrPC). */
    ON_BAIL,
    /** Declared absconding: evades arrest or jumped bail. */
    ABSCONDING,
    /** Declared a proclaimed offender after the proclamation period ran out (ss.87-88 CrPC). */
    PROCLAIMED_OFFENDER;

    public Set<CustodyStatus> next() {
        return switch (this) {
            case NOT_ARRESTED -> EnumSet.of(IN_CUSTODY, ON_BAIL, ABSCONDING);
            case IN_CUSTODY -> EnumSet.of(ON_BAIL, ABSCONDING);
            case ON_BAIL -> EnumSet.of(IN_CUSTODY, ABSCONDING);
            case ABSCONDING -> EnumSet.of(PROCLAIMED_OFFENDER, IN_CUSTODY);
            case PROCLAIMED_OFFENDER -> EnumSet.of(IN_CUSTODY);
        };
    }

    public boolean canMoveTo(CustodyStatus target) {
        return next().contains(target);
    }

    /** Absconding or proclaimed: the accused evades the court, so their part of the case cannot go on. */
    public boolean isAtLarge() {
        return this == ABSCONDING || this == PROCLAIMED_OFFENDER;
    }
}
