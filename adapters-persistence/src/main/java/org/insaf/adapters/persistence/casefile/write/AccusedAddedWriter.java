package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.AccusedEntity;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.adapters.persistence.person.PersonRows;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.AccusedAdded;

import java.util.UUID;

/** An accused: one row, at its place among the case's accused, and the person behind it (made or given this spelling). */
final class AccusedAddedWriter implements EventWriter<AccusedAdded> {

    private final CaseFileMapper mapper;

    AccusedAddedWriter(CaseFileMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Class<AccusedAdded> type() {
        return AccusedAdded.class;
    }

    @Override
    public void write(AccusedAdded event, Case after, Positions positions, EntityManager em) {
        AccusedEntity row = new AccusedEntity();
        mapper.writeAccused(event.accused(), row);
        row.id = UUID.randomUUID();
        row.caseId = event.caseId().value();
        row.position = positions.ofAccused(event.accused().trafficker().id());
        em.persist(row);
        PersonRows.recordAccused(em, event.accused().trafficker());
    }
}
