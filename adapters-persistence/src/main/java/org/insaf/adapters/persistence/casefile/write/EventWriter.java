package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.CaseEvent;

/** Adds or changes the few rows one kind of event concerns; nothing else. */
interface EventWriter<E extends CaseEvent> {

    Class<E> type();

    /**
     * @param after     the case as it is after the change, for what the event does not carry itself
     * @param positions where the parts the event appends go in the case's lists
     */
    void write(E event, Case after, Positions positions, EntityManager em);
}
