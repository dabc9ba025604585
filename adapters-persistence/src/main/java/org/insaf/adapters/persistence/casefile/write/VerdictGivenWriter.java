package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.VerdictGiven;

/** A verdict on one charge: that charge's row. */
final class VerdictGivenWriter implements EventWriter<VerdictGiven> {

    @Override
    public Class<VerdictGiven> type() {
        return VerdictGiven.class;
    }

    @Override
    public void write(VerdictGiven event, Case after, Positions positions, EntityManager em) {
        em.createQuery("update OffenceEntity o set o.verdict = :outcome, o.verdictDate = :on where o.id = :id"
                        + " and o.caseId = :caseId")
                .setParameter("outcome", event.outcome().name()).setParameter("on", event.on())
                .setParameter("id", event.offenceId().value()).setParameter("caseId", event.caseId().value())
                .executeUpdate();
    }
}
