package org.insaf.domain.person;

/** An accused may be a natural person or an organisation (a syndicate, a militant group). Storage format. */
public enum TraffickerKind {
    PERSON,
    ORGANISATION
}
