package org.insaf.domain.statute;

/** The custodial part of a sentence. Storage format: never rename. */
public enum SentenceKind {
    IMPRISONMENT_FOR_A_TERM,
    IMPRISONMENT_FOR_LIFE,
    DEATH,
    /** No imprisonment: the sentence is a fine alone. */
    FINE_ONLY
}
