package org.insaf.domain.offence;

/** How a charge ended. A withdrawn charge counts as decided. Storage format: never rename. */
public enum VerdictOutcome {
    CONVICTED,
    ACQUITTED,
    WITHDRAWN
}
