package org.insaf.domain.sentencing;

/** The law under which compensation to a victim is ordered. Storage format: never rename. */
public enum CompensationLaw {
    /** s.544-A CrPC: compensation to the person who suffered from the offence, on any conviction. */
    CRPC_544A,
    /** The Prevention of Trafficking in Persons Act 2018: only on a conviction under that Act. */
    PTPA_2018
}
