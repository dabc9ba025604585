package org.insaf.domain.person;

/** Sex or gender as HTCDS records it; Pakistan recognises transgender persons in law. Storage format. */
public enum Gender {
    FEMALE,
    MALE,
    TRANSGENDER,
    INTERSEX,
    NON_CONFORMING,
    UNKNOWN
}
