package org.insaf.domain.offence;

/**
 * How a charge ended. Every outcome counts as decided; only CONVICTED counts as a conviction in the
 * figures (a conviction on a plea of guilty is CONVICTED, see {@link Verdict#onGuiltyPlea()}).
 * Storage format: never rename.
 */
public enum VerdictOutcome {
    CONVICTED,
    ACQUITTED,
    /** The public prosecutor withdrew from the prosecution with the court's consent (s.494 CrPC). */
    WITHDRAWN,
    /** The person aggrieved compounded the offence (s.345 CrPC): it has the effect of an acquittal. */
    COMPOUNDED,
    /** The proceedings abated on the death of the accused (s.431 CrPC): no finding on the charge. */
    ABATED
}
