package org.insaf.application.port.out;

/** Hands out the numbers of victim pseudonyms (V-year-number): each number once per year. */
public interface PseudonymSequence {

    /** The next number for that year, starting at 1; never the same number twice for a year. */
    long next(int year);
}
