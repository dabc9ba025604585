package org.insaf.domain.person;

/** The accused's part in the chain: the seed's roles plus HTCDS perpetrator roles. Storage format. */
public enum TraffickerRole {
    RECRUITER,
    ILLEGAL_LABOUR_AGENT,
    SUB_AGENT_OF_LICENSED_OEP,
    BROKER_TRAVEL_AGENT,
    TRANSPORTER,
    HARBOURER,
    EXPLOITER,
    KIDNAPPER,
    SMUGGLER,
    CONTROLLER,
    BUYER,
    SELLER,
    FINANCIER,
    FAKE_SPOUSE,
    MILITANT_GROUP,
    OTHER
}
