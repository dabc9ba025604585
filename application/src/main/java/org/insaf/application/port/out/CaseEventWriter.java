package org.insaf.application.port.out;

import org.insaf.domain.casefile.Case;

/**
 * Saves what happened to a case: its pending events. A new case (version 0) is inserted; a loaded
 * one gets its version checked and raised in one conditional update, then each event adds or
 * changes the few rows it concerns. Once written, the events are no longer pending
 * ({@link Case#eventsSaved()}).
 */
public interface CaseEventWriter {

    /**
     * Writes the case's pending events in the caller's transaction and returns the case's new version.
     * Refuses with {@link org.insaf.application.error.StaleCase} when the stored version is no longer
     * the one the case was loaded at (nothing is written), and with
     * {@link org.insaf.application.error.Conflict} when a new case's FIR is already registered.
     */
    long save(Case changed);
}
