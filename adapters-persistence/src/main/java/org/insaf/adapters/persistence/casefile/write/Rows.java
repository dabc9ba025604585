package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseStatusDateEntity;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.event.StatusEntered;

import java.util.UUID;

/** Rows more than one writer adds. */
final class Rows {

    private Rows() {
    }

    /** The date the case entered the status the event moves it into. */
    static void statusDate(CaseId caseId, StatusEntered event, EntityManager em) {
        CaseStatusDateEntity row = new CaseStatusDateEntity();
        row.id = UUID.randomUUID();
        row.caseId = caseId.value();
        row.status = event.status().name();
        row.enteredOn = event.on();
        em.persist(row);
    }
}
