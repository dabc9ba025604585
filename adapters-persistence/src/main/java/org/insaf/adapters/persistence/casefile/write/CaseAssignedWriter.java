package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.event.CaseAssigned;

/** Who works on the case, on the case row (where the lists' visibility predicates read it). */
final class CaseAssignedWriter implements EventWriter<CaseAssigned> {

    @Override
    public Class<CaseAssigned> type() {
        return CaseAssigned.class;
    }

    @Override
    public void write(CaseAssigned event, Case after, Positions positions, EntityManager em) {
        CaseAssignment a = event.assignment();
        em.createQuery("""
                        update CaseFileEntity c set c.leadInvestigator = :investigator, c.prosecutor = :prosecutor,
                          c.court = :court, c.judge = :judge where c.id = :id""")
                .setParameter("investigator", a.investigator().orElse(null))
                .setParameter("prosecutor", a.prosecutor().orElse(null))
                .setParameter("court", a.court().orElse(null))
                .setParameter("judge", a.judge().orElse(null))
                .setParameter("id", event.caseId().value()).executeUpdate();
    }
}
