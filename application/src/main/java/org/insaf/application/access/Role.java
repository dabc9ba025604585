package org.insaf.application.access;

/** The roles of the people who use Insaf, as the identity provider grants them. */
public enum Role {
    INVESTIGATOR,
    PROSECUTOR,
    JUDGE,
    ANALYST,
    ADMIN
}
