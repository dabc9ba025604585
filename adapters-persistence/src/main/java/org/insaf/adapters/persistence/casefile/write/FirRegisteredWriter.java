package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseFileEntity;
import org.insaf.adapters.persistence.casefile.CaseReadViews;
import org.insaf.adapters.persistence.casefile.FirSectionEntity;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.FirRegistered;
import org.insaf.domain.statute.StatuteCode;

import java.util.UUID;

/**
 * A new case: its row at version 1 with its read view (the case after all the events saved with its
 * registration), the date it was registered, the sections its FIR names.
 */
final class FirRegisteredWriter implements EventWriter<FirRegistered> {

    @Override
    public Class<FirRegistered> type() {
        return FirRegistered.class;
    }

    @Override
    public void write(FirRegistered event, Case after, Positions positions, EntityManager em) {
        CaseFileEntity row = new CaseFileEntity();
        row.id = event.caseId().value();
        row.version = 1;
        row.firNumber = event.firNumber().value();
        row.circle = event.office().code();
        row.office = event.office().code();
        row.agency = event.office().agency().name();
        row.officeProvince = event.office().province().map(Enum::name).orElse(null);
        row.officeDistrict = event.office().district().orElse(null);
        row.registeredOn = event.on();
        row.status = after.status().name();
        row.investigationClosedReason = after.investigationClosedReason().orElse(null);
        row.otherSections = event.otherSections().toArray(String[]::new);
        row.readView = CaseReadViews.of(after, row.version);
        row.readFormat = CaseReadViews.FORMAT;
        em.persist(row);
        // The case row reaches the database here, so a second FIR of the same number fails here.
        em.flush();
        Rows.statusDate(event.caseId(), event, em);
        for (StatuteCode code : event.firSections()) {
            FirSectionEntity section = new FirSectionEntity();
            section.id = UUID.randomUUID();
            section.caseId = row.id;
            section.statuteCode = code.value();
            em.persist(section);
        }
    }
}
