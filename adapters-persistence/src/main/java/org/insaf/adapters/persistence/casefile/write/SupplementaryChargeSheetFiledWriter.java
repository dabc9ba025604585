package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.SupplementaryChargeSheetFiled;

/** A supplementary charge sheet: its charges, marked with its day, and their warnings; no status. */
final class SupplementaryChargeSheetFiledWriter implements EventWriter<SupplementaryChargeSheetFiled> {

    private final CaseFileMapper mapper;

    SupplementaryChargeSheetFiledWriter(CaseFileMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Class<SupplementaryChargeSheetFiled> type() {
        return SupplementaryChargeSheetFiled.class;
    }

    @Override
    public void write(SupplementaryChargeSheetFiled event, Case after, Positions positions, EntityManager em) {
        ChargeSheetFiledWriter.charges(mapper, event.caseId(), event.offences(), event.warnings(), event.on(),
                positions, em);
    }
}
