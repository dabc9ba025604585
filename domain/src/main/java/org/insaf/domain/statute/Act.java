package org.insaf.domain.statute;

/**
 * The act element of an offence: what the offender did with the person. Palermo's five acts,
 * PACHTO's and the PPC's verbs, and the acts of the special laws (BLAA, PSMA, EO, THOTA).
 * Constant names are the storage format: never rename.
 */
public enum Act {
    RECRUITMENT,
    TRANSPORTATION,
    TRANSFER,
    HARBOURING,
    RECEIPT,
    OBTAINING,
    SECURING,
    SELLING,
    BUYING,
    HIRING,
    LETTING_TO_HIRE,
    DISPOSING,
    DETAINING,
    IMPORTING,
    EXPORTING,
    PROCURING,
    COMPELLING_LABOUR,
    ENFORCING_BONDED_LABOUR,
    ADVANCING_BONDED_DEBT,
    EXTRACTING_BONDED_LABOUR,
    PROCURING_ILLEGAL_ENTRY,
    INDUCING_EMIGRATION,
    REMOVING_ORGANS,
    TRADING_ORGANS;

    public String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
