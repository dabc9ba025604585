package org.insaf.domain.statute;

/** Whether a provision allows a fine. Storage format: never rename. */
public enum FineRule {
    NONE,
    /** A fine may be imposed (and, in the "or fine, or both" form, may stand alone). */
    OPTIONAL,
    /** A fine must be imposed together with imprisonment. */
    MANDATORY;

    public boolean allowsFine() {
        return this != NONE;
    }
}
