package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.adapters.persistence.casefile.CaseWarningEntity;
import org.insaf.adapters.persistence.casefile.OffenceEntity;
import org.insaf.adapters.persistence.casefile.OffenceVictimEntity;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.event.ChargeSheetFiled;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;
import java.util.List;
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
        charges(mapper, event.caseId(), event.offences(), event.warnings(), null, positions, em);
    }

    /**
     * A row per charge with the victims it concerns, and the warnings they raised.
     *
     * @param supplementaryOn the day of the supplementary charge sheet that brought them; null for the case's
     */
    static void charges(CaseFileMapper mapper, CaseId caseId, List<Offence> offences, List<CaseWarning> warnings,
                        LocalDate supplementaryOn, Positions positions, EntityManager em) {
        for (Offence offence : offences) {
            OffenceEntity row = new OffenceEntity();
            row.id = offence.id().value();
            row.caseId = caseId.value();
            row.position = positions.ofCharge(offence.id());
            row.supplementarySheetOn = supplementaryOn;
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
        for (CaseWarning warning : warnings) {
            CaseWarningEntity row = mapper.toRow(warning);
            row.id = UUID.randomUUID();
            row.caseId = caseId.value();
            row.position = positions.nextWarning();
            em.persist(row);
        }
    }
}
