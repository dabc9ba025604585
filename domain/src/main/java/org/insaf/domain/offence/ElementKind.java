package org.insaf.domain.offence;

/** The kinds of element a provision requires. */
public enum ElementKind {
    ACT,
    MEANS,
    PURPOSE,
    CONDITION
}
