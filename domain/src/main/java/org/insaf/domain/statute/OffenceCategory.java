package org.insaf.domain.statute;

/** What kind of wrong a provision punishes. Constant names are the storage format: never rename. */
public enum OffenceCategory {
    TRAFFICKING,
    SMUGGLING,
    BONDED_LABOUR,
    SLAVERY,
    PROSTITUTION_OF_A_PERSON,
    ORGAN_TRAFFICKING,
    UNLAWFUL_COMPULSORY_LABOUR,
    ILLEGAL_RECRUITMENT,
    /** PPC 366A (girl under 18) and 366B (girl under 21): procuring or importing a girl for illicit intercourse. */
    SEXUAL_EXPLOITATION_OF_A_GIRL;

    /**
     * Provisions that punish moving or recruiting people without needing an exploitation purpose
     * (PSMA, Emigration Ordinance). Charging exploitation only under these is the mischarging of invariant 6.
     */
    public boolean needsNoExploitationPurpose() {
        return this == SMUGGLING || this == ILLEGAL_RECRUITMENT;
    }
}
