package org.insaf.application.statistics;

/** A victim's age group on their offence date ({@link VictimOffenceDate}): a child is under 18. */
public enum AgeGroup {
    CHILD,
    ADULT,
    UNKNOWN
}
