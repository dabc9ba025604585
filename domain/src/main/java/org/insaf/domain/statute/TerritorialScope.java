package org.insaf.domain.statute;

/** Whether a provision reaches conduct that stays inside Pakistan. Storage format: never rename. */
public enum TerritorialScope {
    /** Needs movement into or out of Pakistan (PACHTO 2002, PSMA 2018, Emigration Ordinance, PPC 366B). */
    TRANSNATIONAL_ONLY,
    INTERNAL_AND_TRANSNATIONAL;

    public boolean reaches(boolean transnational) {
        return this == INTERNAL_AND_TRANSNATIONAL || transnational;
    }
}
