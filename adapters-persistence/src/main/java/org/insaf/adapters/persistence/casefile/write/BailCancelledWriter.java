package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.BailCancelled;

/** A grant of bail cancelled: that application's row. */
final class BailCancelledWriter implements EventWriter<BailCancelled> {

    @Override
    public Class<BailCancelled> type() {
        return BailCancelled.class;
    }

    @Override
    public void write(BailCancelled event, Case after, Positions positions, EntityManager em) {
        em.createQuery("update BailApplicationEntity b set b.cancelledOn = :on, b.cancellationReason = :reason"
                        + " where b.id = :id and b.caseId = :caseId")
                .setParameter("on", event.cancellation().on()).setParameter("reason", event.cancellation().reason())
                .setParameter("id", event.applicationId().value()).setParameter("caseId", event.caseId().value())
                .executeUpdate();
    }
}
