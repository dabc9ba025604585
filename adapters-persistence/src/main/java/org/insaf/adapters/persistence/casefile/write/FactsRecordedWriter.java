package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseFactsEntity;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.adapters.persistence.casefile.FactsColumns;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.FactsRecorded;

/**
 * The facts recorded replace those of before: the case's one facts row, overwritten or, the first
 * time, inserted.
 */
final class FactsRecordedWriter implements EventWriter<FactsRecorded> {

    private final CaseFileMapper mapper;

    FactsRecordedWriter(CaseFileMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Class<FactsRecorded> type() {
        return FactsRecorded.class;
    }

    @Override
    public void write(FactsRecorded event, Case after, Positions positions, EntityManager em) {
        FactsColumns facts = mapper.columns(event.facts());
        int updated = em.createQuery("""
                        update CaseFactsEntity f set f.facts.acts = :acts, f.facts.means = :means,
                          f.facts.purposes = :purposes, f.facts.circumstances = :circumstances,
                          f.facts.route = :route, f.facts.offenceDate = :offenceDate
                        where f.caseId = :id""")
                .setParameter("acts", facts.acts).setParameter("means", facts.means)
                .setParameter("purposes", facts.purposes).setParameter("circumstances", facts.circumstances)
                .setParameter("route", facts.route).setParameter("offenceDate", facts.offenceDate)
                .setParameter("id", event.caseId().value()).executeUpdate();
        if (updated == 0) {
            CaseFactsEntity row = new CaseFactsEntity();
            row.caseId = event.caseId().value();
            row.facts = facts;
            em.persist(row);
        }
    }
}
