package org.insaf.application.statistics;

/** What a headline row counts, so that no one adds up the one as if it were the other. */
public enum CountingUnit {
    /** Each accused once, whatever the statutes they are investigated, charged or convicted under. */
    PERSONS,
    /** Each accused once per statute: the per-statute rows added up (a person under two statutes counts twice). */
    PERSON_STATUTE_PAIRS,
    /**
     * Each person once, however many cases they are accused in: the accused of all cases by the person
     * register (an accused's record, or the record it is joined to).
     */
    DISTINCT_PERSONS
}
