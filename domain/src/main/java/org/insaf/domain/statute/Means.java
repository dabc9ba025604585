package org.insaf.domain.statute;

/**
 * The means element: how the offender overcame the person's will. Palermo's means, PACHTO's
 * (kidnapping or abduction, payment or benefit), and the HTCDS/CTDC "methods of control" so that
 * exports line up. Statutes list the means their text names; which methods of control meet them is
 * the one table {@link ElementDefinitions}.
 * Constant names are the storage format: never rename.
 */
public enum Means {
    FORCE,
    THREAT,
    COERCION,
    KIDNAPPING_OR_ABDUCTION,
    FRAUD,
    DECEPTION,
    ABUSE_OF_POWER_OR_VULNERABILITY,
    PAYMENT_TO_PERSON_IN_CONTROL,
    PAYMENT_OR_BENEFIT,
    DEBT_BONDAGE,
    VIOLENCE,
    PHYSICAL_RESTRAINT,
    PHYSICAL_THREATS,
    THREATS_LAW_ENFORCEMENT,
    THREATENS_CHILDREN_FAMILY,
    FALSE_PROMISES,
    PHYSICAL_ABUSE,
    SEXUAL_ABUSE,
    TAKES_EARNINGS,
    RESTRICTS_FINANCIAL_ACCESS,
    RESTRICTS_MEDICAL_CARE,
    WITHHOLDS_NECESSITIES,
    PSYCHOLOGICAL_ABUSE,
    PSYCHOACTIVE_SUBSTANCE,
    EXCESSIVE_WORKING_HOURS,
    WITHHOLDS_DOCUMENTS,
    OTHER;

    public String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
