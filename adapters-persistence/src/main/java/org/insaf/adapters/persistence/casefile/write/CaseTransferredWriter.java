package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseTransferEntity;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseTransfer;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.event.CaseTransferred;

import java.util.UUID;

/**
 * The new office on the case row (where the lists' visibility predicate reads it), and the transfer
 * appended to the case's history.
 */
final class CaseTransferredWriter implements EventWriter<CaseTransferred> {

    @Override
    public Class<CaseTransferred> type() {
        return CaseTransferred.class;
    }

    @Override
    public void write(CaseTransferred event, Case after, Positions positions, EntityManager em) {
        CaseTransfer t = event.transfer();
        InvestigatingOffice to = t.to();
        em.createQuery("""
                        update CaseFileEntity c set c.office = :office, c.agency = :agency, c.officeProvince = :province,
                          c.officeDistrict = :district, c.transferredOn = :on where c.id = :id""")
                .setParameter("office", to.code())
                .setParameter("agency", to.agency().name())
                .setParameter("province", to.province().map(Enum::name).orElse(null))
                .setParameter("district", to.district().orElse(null))
                .setParameter("on", t.on())
                .setParameter("id", event.caseId().value()).executeUpdate();
        CaseTransferEntity row = new CaseTransferEntity();
        row.id = UUID.randomUUID();
        row.caseId = event.caseId().value();
        // The event is the case's latest transfer; an equal earlier one (A to B, back, to B again) comes first.
        row.position = after.transfers().lastIndexOf(t);
        row.transferredOn = t.on();
        row.fromAgency = t.from().agency().name();
        row.fromOffice = t.from().code();
        row.fromProvince = t.from().province().map(Enum::name).orElse(null);
        row.fromDistrict = t.from().district().orElse(null);
        row.toAgency = to.agency().name();
        row.toOffice = to.code();
        row.toProvince = to.province().map(Enum::name).orElse(null);
        row.toDistrict = to.district().orElse(null);
        row.reason = t.reason();
        em.persist(row);
    }
}
