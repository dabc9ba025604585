package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.BailDecided;

/** The court's order on a bail application: that application's row. */
final class BailDecidedWriter implements EventWriter<BailDecided> {

    @Override
    public Class<BailDecided> type() {
        return BailDecided.class;
    }

    @Override
    public void write(BailDecided event, Case after, Positions positions, EntityManager em) {
        var decision = event.decision();
        em.createQuery("update BailApplicationEntity b set b.outcome = :outcome, b.decidedOn = :on,"
                        + " b.suretyPkr = :surety, b.reason = :reason where b.id = :id and b.caseId = :caseId")
                .setParameter("outcome", decision.outcome().name()).setParameter("on", decision.on())
                .setParameter("surety", decision.surety() == null ? null : decision.surety().amount())
                .setParameter("reason", decision.reasonGiven().orElse(null))
                .setParameter("id", event.applicationId().value()).setParameter("caseId", event.caseId().value())
                .executeUpdate();
    }
}
