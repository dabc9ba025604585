package org.insaf.domain.casefile;

/**
 * Where a police station (or an FIA circle, where recorded) is: the provinces and the territories
 * with their own police. Storage format and API values: never rename.
 */
public enum Province {
    PUNJAB,
    SINDH,
    KHYBER_PAKHTUNKHWA,
    BALOCHISTAN,
    ISLAMABAD_CAPITAL_TERRITORY,
    GILGIT_BALTISTAN
}
