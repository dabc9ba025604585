package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.SentencingOrderEntity;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.SentencingOrderMade;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.Compensation;
import org.insaf.domain.sentencing.SentencingOrder;

import java.time.Period;
import java.util.UUID;

/** A sentencing order: its row, and its direction on each conviction's row. */
final class SentencingOrderMadeWriter implements EventWriter<SentencingOrderMade> {

    @Override
    public Class<SentencingOrderMade> type() {
        return SentencingOrderMade.class;
    }

    @Override
    public void write(SentencingOrderMade event, Case after, Positions positions, EntityManager em) {
        SentencingOrder order = event.order();
        SentencingOrderEntity row = new SentencingOrderEntity();
        row.id = UUID.randomUUID();
        row.caseId = event.caseId().value();
        row.accusedId = order.accused().value();
        row.pronouncedOn = order.pronouncedOn();
        row.custodyCreditDays = order.custodyCreditDays();
        row.compensationVictims = order.compensation().stream().map(c -> c.victim().value()).toArray(UUID[]::new);
        row.compensationPkr = order.compensation().stream().map(c -> c.amount().amount()).toArray(Long[]::new);
        row.compensationLaws = order.compensation().stream().map(Compensation::under).map(Enum::name).toArray(String[]::new);
        em.persist(row);
        for (ChargeDirection d : order.directions()) {
            if (d.run() == null && d.inDefaultOfFine() == null) {
                continue;
            }
            em.createQuery("""
                            update OffenceEntity o set o.sentenceRun = :run, o.sentenceImprisonment = :description,
                              o.sentenceInDefault = :inDefault where o.id = :id and o.caseId = :caseId""")
                    .setParameter("run", d.run())
                    .setParameter("description", d.description() == null ? null : d.description().name())
                    .setParameter("inDefault", d.defaultTerm().map(Period::toString).orElse(null))
                    .setParameter("id", d.charge().value()).setParameter("caseId", event.caseId().value())
                    .executeUpdate();
        }
    }
}
