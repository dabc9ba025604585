package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.adapters.persistence.casefile.CaseWarningEntity;
import org.insaf.adapters.persistence.casefile.OffenceEntity;
import org.insaf.adapters.persistence.casefile.OffenceVictimEntity;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.event.ChargeSheetFiled;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.PersonId;

import java.util.UUID;

/** The charge sheet: its date, a row per charge with the victims it concerns, and its warnings. */
final class ChargeSheetFiledWriter implements EventWriter<ChargeSheetFiled> {

    private final CaseFileMapper mapper;

    ChargeSheetFiledWriter(CaseFileMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Class<ChargeSheetFiled> type() {
        return ChargeSheetFiled.class;
    }

    @Override
    public void write(ChargeSheetFiled event, Case after, Positions positions, EntityManager em) {
        Rows.statusDate(event.caseId(), event, em);
        for (Offence offence : event.offences()) {
            OffenceEntity row = new OffenceEntity();
            row.id = offence.id().value();
            row.caseId = event.caseId().value();
            row.position = positions.ofCharge(offence.id());
            row.accusedId = offence.accused().value();
            row.statuteCode = offence.statute().code().value();
            row.statuteVersion = offence.statute().version();
            row.facts = mapper.columns(offence.facts());
            em.persist(row);
            for (PersonId victim : offence.victims()) {
                OffenceVictimEntity link = new OffenceVictimEntity();
                link.id = UUID.randomUUID();
                link.offenceId = row.id;
                link.victimId = victim.value();
                em.persist(link);
            }
        }
        for (CaseWarning warning : event.warnings()) {
            CaseWarningEntity row = mapper.toRow(warning);
            row.id = UUID.randomUUID();
            row.caseId = event.caseId().value();
            row.position = positions.nextWarning();
            em.persist(row);
        }
    }
}
