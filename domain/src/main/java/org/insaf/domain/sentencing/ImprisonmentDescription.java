package org.insaf.domain.sentencing;

/** The two descriptions of imprisonment (PPC s.53). Storage format: never rename. */
public enum ImprisonmentDescription {
    /** With hard labour. */
    RIGOROUS,
    SIMPLE
}
