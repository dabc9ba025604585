package org.insaf.domain.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. The moves below are the only ones the law knows; everything else is
 * refused. Storage format: never rename.
 */
public enum CaseStatus {
    REGISTERED,
    UNDER_INVESTIGATION,
    /** The accused is "prosecuted" from here on (the yearly figures count it). */
    CHARGE_SHEET_FILED,
    ON_TRIAL,
    DECIDED,
    CLOSED,
    /** Dropped during investigation, with a reason. */
    INVESTIGATION_CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(UNDER_INVESTIGATION);
            case UNDER_INVESTIGATION -> EnumSet.of(CHARGE_SHEET_FILED, INVESTIGATION_CLOSED);
            // Decided without a trial when every charge ended before it was framed (withdrawn: s.494
            // CrPC, compounded, abated).
            case CHARGE_SHEET_FILED -> EnumSet.of(ON_TRIAL, DECIDED);
            case ON_TRIAL -> EnumSet.of(DECIDED);
            case DECIDED -> EnumSet.of(CLOSED);
            case CLOSED, INVESTIGATION_CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
