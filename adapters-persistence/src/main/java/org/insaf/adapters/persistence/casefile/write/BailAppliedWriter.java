package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.BailApplicationEntity;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.BailApplied;

/** A bail application: one row, after the case's applications before it; the court's orders update it. */
final class BailAppliedWriter implements EventWriter<BailApplied> {

    @Override
    public Class<BailApplied> type() {
        return BailApplied.class;
    }

    @Override
    public void write(BailApplied event, Case after, Positions positions, EntityManager em) {
        BailApplication application = event.application();
        BailApplicationEntity row = new BailApplicationEntity();
        row.id = application.id().value();
        row.caseId = event.caseId().value();
        row.position = after.bailApplications().indexOf(after.bailApplication(application.id()).orElseThrow());
        row.accusedId = application.accused().value();
        row.court = application.court();
        row.filedOn = application.filedOn();
        row.appliedBy = application.appliedBy().name();
        em.persist(row);
        Rows.custodyRecorded(event.caseId(), row.position, em);
    }
}
