package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.event.StatusEntered;

import java.time.LocalDate;
import java.util.UUID;

/** Rows more than one writer adds. */
final class Rows {

    private Rows() {
    }

    /** The date the case entered the status the event moves it into. */
    static void statusDate(CaseId caseId, StatusEntered event, EntityManager em) {
        statusDate(caseId, event.status(), event.on(), em);
    }

    /**
     * The date the case entered a status, replacing an earlier one: a case put back on trial by an
     * appeal enters ON_TRIAL, and later DECIDED, again.
     */
    static void statusDate(CaseId caseId, CaseStatus status, LocalDate on, EntityManager em) {
        em.createNativeQuery("""
                        insert into case_status_date (id, case_id, status, entered_on) values (:id, :caseId, :status, :on)
                        on conflict (case_id, status) do update set entered_on = excluded.entered_on""")
                .setParameter("id", UUID.randomUUID()).setParameter("caseId", caseId.value())
                .setParameter("status", status.name()).setParameter("on", on)
                .executeUpdate();
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
