package org.insaf.application.error;

/** The request clashes with the stored state: a stale version, or a record that already exists. Nothing was changed. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
