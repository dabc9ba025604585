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
    SEXUAL_EXPLOITATION_OF_A_GIRL,
    /** PPC 365B: kidnapping or abducting a woman to compel marriage or illicit intercourse. */
    ABDUCTION_OF_A_WOMAN,
    /** PPC 493A, 496: a marriage pretended or fraudulently gone through. */
    MARRIAGE_FRAUD,
    /** PPC 420: cheating (fees taken for a job abroad that never existed). */
    CHEATING,
    /** PPC 468, 471; Passports Act 1974 s.6: forged or misused documents. */
    DOCUMENT_OFFENCE,
    /** Emigration Ordinance 1979 s.17: emigration otherwise than the Ordinance provides. */
    UNLAWFUL_EMIGRATION;

    /**
     * Does a charge under a provision of this category count in the trafficking figures? Trafficking
     * and the forms of exploitation it serves do; smuggling, emigration, fraud, document and marriage
     * offences that prosecutors add beside them do not (the TIP report counts trafficking only).
     * Charging exploitation only under provisions that do not count is the mischarging of invariant 6.
     */
    public boolean countsAsTrafficking() {
        return switch (this) {
            case TRAFFICKING, BONDED_LABOUR, SLAVERY, PROSTITUTION_OF_A_PERSON, ORGAN_TRAFFICKING,
                 UNLAWFUL_COMPULSORY_LABOUR, SEXUAL_EXPLOITATION_OF_A_GIRL -> true;
            case SMUGGLING, ILLEGAL_RECRUITMENT, ABDUCTION_OF_A_WOMAN, MARRIAGE_FRAUD, CHEATING, DOCUMENT_OFFENCE,
                 UNLAWFUL_EMIGRATION -> false;
        };
    }
}
