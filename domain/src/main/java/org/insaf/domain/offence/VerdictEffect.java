package org.insaf.domain.offence;

/**
 * What a verdict means in law for the accused, whatever its outcome: a withdrawal before the charge
 * is framed discharges, after it acquits (s.494 CrPC); a composition acquits (s.345(6) CrPC).
 * Storage format: never rename.
 */
public enum VerdictEffect {
    CONVICTION,
    ACQUITTAL,
    DISCHARGE,
    /** No finding: the accused died before judgment. */
    ABATEMENT
}
