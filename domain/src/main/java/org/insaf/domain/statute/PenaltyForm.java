package org.insaf.domain.statute;

/**
 * How imprisonment (a term, or life or death where allowed) combines with a fine in the words of
 * the provision. Storage format: never rename.
 */
public enum PenaltyForm {
    /** "shall be punished with imprisonment ..." — no fine. */
    IMPRISONMENT_ONLY(FineRule.NONE, false),
    /** "... imprisonment ... and fine" — both mandatory. */
    IMPRISONMENT_AND_FINE(FineRule.MANDATORY, false),
    /** "... imprisonment ..., and may also be liable to fine" — imprisonment mandatory, fine optional. */
    IMPRISONMENT_WITH_OPTIONAL_FINE(FineRule.OPTIONAL, false),
    /** "... imprisonment ..., or with fine, or with both" — a fine alone is a lawful sentence. */
    IMPRISONMENT_OR_FINE_OR_BOTH(FineRule.OPTIONAL, true);

    private final FineRule fineRule;
    private final boolean fineAloneAllowed;

    PenaltyForm(FineRule fineRule, boolean fineAloneAllowed) {
        this.fineRule = fineRule;
        this.fineAloneAllowed = fineAloneAllowed;
    }

    /** The fine rule this form implies; a Penalty must state the same one. */
    public FineRule fineRule() {
        return fineRule;
    }

    public boolean fineAloneAllowed() {
        return fineAloneAllowed;
    }
}
