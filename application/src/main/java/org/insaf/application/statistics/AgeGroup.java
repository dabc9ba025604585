package org.insaf.application.statistics;

/** A victim's age group on the day the case was registered: a child is under 18. */
public enum AgeGroup {
    CHILD,
    ADULT,
    UNKNOWN
}
