package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.AppealAdmissionOrdered;
import org.insaf.domain.casefile.event.SentenceSuspended;

/** The appellate court's orders before its decision, each an update of the appeal's row. */
final class AppealOrdersWriter {

    private AppealOrdersWriter() {
    }

    static final class Admission implements EventWriter<AppealAdmissionOrdered> {

        @Override
        public Class<AppealAdmissionOrdered> type() {
            return AppealAdmissionOrdered.class;
        }

        @Override
        public void write(AppealAdmissionOrdered event, Case after, Positions positions, EntityManager em) {
            em.createQuery("update AppealEntity a set a.admitted = :admitted, a.admissionOn = :on,"
                            + " a.dismissalReason = :reason where a.id = :id and a.caseId = :caseId")
                    .setParameter("admitted", event.admission().admitted()).setParameter("on", event.on())
                    .setParameter("reason", event.admission().reason())
                    .setParameter("id", event.appealId().value()).setParameter("caseId", event.caseId().value())
                    .executeUpdate();
        }
    }

    static final class Suspension implements EventWriter<SentenceSuspended> {

        @Override
        public Class<SentenceSuspended> type() {
            return SentenceSuspended.class;
        }

        @Override
        public void write(SentenceSuspended event, Case after, Positions positions, EntityManager em) {
            em.createQuery("update AppealEntity a set a.sentenceSuspendedOn = :on where a.id = :id and a.caseId = :caseId")
                    .setParameter("on", event.on())
                    .setParameter("id", event.appealId().value()).setParameter("caseId", event.caseId().value())
                    .executeUpdate();
        }
    }
}
