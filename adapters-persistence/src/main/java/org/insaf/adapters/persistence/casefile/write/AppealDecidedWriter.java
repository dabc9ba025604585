package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.event.AppealDecided;
import org.insaf.domain.shared.Rupees;

import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * An appellate decision: the appeal's row, with the convictions it set aside. A retrial also sets the accused's verdicts and sentences
 * aside on their charges' rows, deletes their sentencing order and, when the case is back on trial,
 * moves the day it entered ON_TRIAL.
 */
final class AppealDecidedWriter implements EventWriter<AppealDecided> {

    @Override
    public Class<AppealDecided> type() {
        return AppealDecided.class;
    }

    @Override
    public void write(AppealDecided event, Case after, Positions positions, EntityManager em) {
        List<Appeal.AppellateSentence> sentences = event.decision().sentences();
        em.createQuery("""
                        update AppealEntity a set a.outcome = :outcome, a.decidedOn = :on, a.sentenceCharges = :charges,
                          a.sentenceKinds = :kinds, a.sentenceTerms = :terms, a.sentenceFinesPkr = :fines,
                          a.convictionsSetAside = :setAside
                        where a.id = :id and a.caseId = :caseId""")
                .setParameter("outcome", event.decision().outcome().name()).setParameter("on", event.on())
                .setParameter("charges", sentences.stream().map(s -> s.charge().value()).toArray(UUID[]::new))
                .setParameter("kinds", sentences.stream().map(s -> s.sentence().kind().name()).toArray(String[]::new))
                .setParameter("terms", sentences.stream().map(s -> s.sentence().termOfImprisonment()
                        .map(Period::toString).orElse(null)).toArray(String[]::new))
                .setParameter("fines", sentences.stream().map(s -> s.sentence().fineAmount().map(Rupees::amount)
                        .orElse(null)).toArray(Long[]::new))
                .setParameter("setAside", after.appeal(event.appealId()).orElseThrow().convictionsSetAside().stream()
                        .map(c -> c.value()).toArray(UUID[]::new))
                .setParameter("id", event.appealId().value()).setParameter("caseId", event.caseId().value())
                .executeUpdate();
        if (!event.ordersRetrial()) {
            return;
        }
        em.createQuery("""
                        update OffenceEntity o set o.verdict = null, o.verdictDate = null, o.verdictEffect = null,
                          o.verdictOnGuiltyPlea = false, o.verdictCompoundedBy = null, o.verdictAccusedDiedOn = null,
                          o.sentenceKind = null, o.sentencePronouncedOn = null, o.sentenceTerm = null,
                          o.sentenceFinePkr = null, o.sentenceRun = null, o.sentenceImprisonment = null,
                          o.sentenceInDefault = null
                        where o.caseId = :caseId and o.accusedId = :accused""")
                .setParameter("caseId", event.caseId().value()).setParameter("accused", event.accused().value())
                .executeUpdate();
        em.createQuery("delete from SentencingOrderEntity s where s.caseId = :caseId and s.accusedId = :accused")
                .setParameter("caseId", event.caseId().value()).setParameter("accused", event.accused().value())
                .executeUpdate();
        if (after.enteredOn(CaseStatus.ON_TRIAL).filter(event.on()::equals).isPresent()) {
            Rows.statusDate(event.caseId(), CaseStatus.ON_TRIAL, event.on(), em);
        }
    }
}
