package org.insaf.domain.person;

/**
 * Who recruited the victim, as the victim stands to them: the recruiter-relation vocabulary of the
 * Counter Trafficking Data Collaborative (CTDC), so that exports line up with it. UNKNOWN until
 * recorded. Constant names are the storage format: never rename.
 */
public enum RecruiterRelation {
    INTIMATE_PARTNER,
    FRIEND,
    FAMILY,
    OTHER,
    UNKNOWN
}
