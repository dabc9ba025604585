package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.adapters.persistence.casefile.HearingEntity;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.HearingRecorded;

import java.util.UUID;

/** A hearing: one row after the case's earlier hearings. */
final class HearingRecordedWriter implements EventWriter<HearingRecorded> {

    private final CaseFileMapper mapper;

    HearingRecordedWriter(CaseFileMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Class<HearingRecorded> type() {
        return HearingRecorded.class;
    }

    @Override
    public void write(HearingRecorded event, Case after, Positions positions, EntityManager em) {
        HearingEntity row = mapper.toRow(event.hearing());
        row.id = UUID.randomUUID();
        row.caseId = event.caseId().value();
        row.position = positions.nextHearing();
        em.persist(row);
    }
}
