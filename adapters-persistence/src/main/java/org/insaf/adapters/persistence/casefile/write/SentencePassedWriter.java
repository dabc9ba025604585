package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.SentencePassed;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;

import java.time.Period;

/** A sentence on one charge: that charge's row. */
final class SentencePassedWriter implements EventWriter<SentencePassed> {

    @Override
    public Class<SentencePassed> type() {
        return SentencePassed.class;
    }

    @Override
    public void write(SentencePassed event, Case after, Positions positions, EntityManager em) {
        Sentence s = event.sentence();
        em.createQuery("""
                        update OffenceEntity o set o.sentenceKind = :kind, o.sentencePronouncedOn = :on,
                          o.sentenceTerm = :term, o.sentenceFinePkr = :fine where o.id = :id and o.caseId = :caseId""")
                .setParameter("kind", s.kind().name()).setParameter("on", s.pronouncedOn())
                .setParameter("term", s.termOfImprisonment().map(Period::toString).orElse(null))
                .setParameter("fine", s.fineAmount().map(Rupees::amount).orElse(null))
                .setParameter("id", event.offenceId().value()).setParameter("caseId", event.caseId().value())
                .executeUpdate();
    }
}
