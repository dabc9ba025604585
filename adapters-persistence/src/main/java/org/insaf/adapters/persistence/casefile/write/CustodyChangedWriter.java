package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.AccusedCustodyEntity;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CustodyChange;
import org.insaf.domain.casefile.event.CustodyChanged;

import java.util.List;
import java.util.UUID;

/** A custody status an accused entered: one row, after the case's custody changes before it. */
final class CustodyChangedWriter implements EventWriter<CustodyChanged> {

    @Override
    public Class<CustodyChanged> type() {
        return CustodyChanged.class;
    }

    @Override
    public void write(CustodyChanged event, Case after, Positions positions, EntityManager em) {
        CustodyChange change = event.change();
        List<CustodyChange> all = after.proceedings().custody();
        AccusedCustodyEntity row = new AccusedCustodyEntity();
        row.id = UUID.randomUUID();
        row.caseId = event.caseId().value();
        // A step adds one change at most, the last equal one of the case's list.
        row.position = all.lastIndexOf(change);
        row.accusedId = change.accused().value();
        row.status = change.status().name();
        row.since = change.since();
        row.proclamationPublishedOn = change.proclamationPublishedOn();
        row.propertyAttached = change.propertyAttached();
        em.persist(row);
        Rows.custodyRecorded(event.caseId(), row.position, em);
    }
}
