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

    /**
     * Marks the case as having custody or bail recorded, with its first such row (position 0), so the
     * loader reads those tables for it from then on.
     */
    static void custodyRecorded(CaseId caseId, int position, EntityManager em) {
        if (position == 0) {
            em.createQuery("update CaseFileEntity c set c.custodyRecorded = true where c.id = :id")
                    .setParameter("id", caseId.value()).executeUpdate();
        }
    }
}
