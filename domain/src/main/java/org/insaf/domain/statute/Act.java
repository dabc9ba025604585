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
    TRADING_ORGANS,
    /** Went through a marriage ceremony with the victim, or made her believe she was lawfully married (PPC 493A, 496). */
    MARRYING,
    /** Dishonestly induced the delivery of money or property (PPC 420), e.g. fees for a job abroad. */
    CHEATING,
    FORGING_DOCUMENTS,
    USING_FORGED_DOCUMENTS,
    /** Made a person emigrate or depart otherwise than the Emigration Ordinance provides (s.17). */
    CAUSING_UNLAWFUL_EMIGRATION,
    /** Received money or benefit for providing foreign employment without a licence (Emigration Ordinance s.22). */
    RECEIVING_MONEY_FOR_FOREIGN_EMPLOYMENT,
    /** Obtained, used or handed over a passport or travel document unlawfully (Passports Act 1974 s.6). */
    MISUSING_PASSPORT;

    public String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
