package org.insaf.application.access;

/** The actor may not do what was asked. The message says which rule refused, in plain words. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message);
    }
}
