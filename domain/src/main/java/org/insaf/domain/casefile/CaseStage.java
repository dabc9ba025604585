package org.insaf.domain.casefile;

import java.util.Optional;

/**
 * Where a pending case stands, as a cause list or a desk shows it, and what is due next in it.
 * Derived from what the case records: the service records no step between the prosecution's
 * evidence and the arguments, so a trial without any verdict is one stage, {@link #EVIDENCE}.
 * Storage format of the API's enum: never rename.
 */
public enum CaseStage {
    /** Registered or under investigation: the report under s.173 CrPC (the charge sheet) is due. */
    INVESTIGATION("report under s.173 CrPC (charge sheet)"),
    /** Charge sheet filed, trial not opened: the charge is to be framed and the trial opened. */
    CHARGE("framing of the charge"),
    /** On trial, no verdict yet: the evidence, then the arguments. */
    EVIDENCE("evidence and arguments"),
    /** On trial, some charges decided: the verdicts on the others. */
    JUDGMENT("verdicts on the remaining charges");

    private final String due;

    CaseStage(String due) {
        this.due = due;
    }

    /** What the case waits for at this stage, in words. */
    public String due() {
        return due;
    }

    /**
     * The stage of a case in the given status; empty once it is disposed of (decided, closed, or its
     * investigation closed), since nothing is then due before a court.
     *
     * @param anyVerdict whether a verdict is recorded on any of its charges
     */
    public static Optional<CaseStage> of(CaseStatus status, boolean anyVerdict) {
        if (status == null) {
            throw new IllegalArgumentException("a stage needs the case's status");
        }
        return switch (status) {
            case REGISTERED, UNDER_INVESTIGATION -> Optional.of(INVESTIGATION);
            case CHARGE_SHEET_FILED -> Optional.of(CHARGE);
            case ON_TRIAL -> Optional.of(anyVerdict ? JUDGMENT : EVIDENCE);
            case DECIDED, CLOSED, INVESTIGATION_CLOSED -> Optional.empty();
        };
    }
}
