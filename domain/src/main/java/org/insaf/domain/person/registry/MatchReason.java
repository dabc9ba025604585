package org.insaf.domain.person.registry;

/** Why a person of another case is probably the same as this one. */
public enum MatchReason {
    SAME_CNIC,
    SAME_PASSPORT,
    SAME_PHONE,
    SAME_NAME,
    SIMILAR_NAME,
    SAME_FATHER_NAME,
    SIMILAR_FATHER_NAME,
    SAME_DISTRICT
}
