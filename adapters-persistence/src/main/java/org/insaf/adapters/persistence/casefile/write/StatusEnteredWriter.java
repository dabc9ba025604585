package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.StatusEntered;

/**
 * A step that moves the case into a status (investigation started or closed, trial opened, case
 * decided, case closed): the date it entered it. The status itself, and the reason a closed
 * investigation carries, are set with the version.
 */
final class StatusEnteredWriter<E extends StatusEntered> implements EventWriter<E> {

    private final Class<E> type;

    StatusEnteredWriter(Class<E> type) {
        this.type = type;
    }

    @Override
    public Class<E> type() {
        return type;
    }

    @Override
    public void write(E event, Case after, Positions positions, EntityManager em) {
        Rows.statusDate(event.caseId(), event, em);
    }
}
