package org.insaf.adapters.graphql.error;

/** A value the adapter itself could not read (an id, a cursor, a page size): answered as {@code BAD_INPUT}. */
public class BadInput extends RuntimeException {

    public BadInput(String message) {
        super(message);
    }
}
