package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.VerdictGiven;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.shared.PersonId;

/** A verdict on one charge, with its particulars: that charge's row. */
final class VerdictGivenWriter implements EventWriter<VerdictGiven> {

    @Override
    public Class<VerdictGiven> type() {
        return VerdictGiven.class;
    }

    @Override
    public void write(VerdictGiven event, Case after, Positions positions, EntityManager em) {
        Verdict v = event.verdict();
        em.createQuery("""
                        update OffenceEntity o set o.verdict = :outcome, o.verdictDate = :on, o.verdictEffect = :effect,
                          o.verdictOnGuiltyPlea = :plea, o.verdictCompoundedBy = :by, o.verdictAccusedDiedOn = :died
                        where o.id = :id and o.caseId = :caseId""")
                .setParameter("outcome", event.outcome().name()).setParameter("on", event.on())
                .setParameter("effect", v.effect().name()).setParameter("plea", v.onGuiltyPlea())
                .setParameter("by", v.compoundingParty().map(PersonId::value).orElse(null))
                .setParameter("died", v.accusedDiedOn())
                .setParameter("id", event.offenceId().value()).setParameter("caseId", event.caseId().value())
                .executeUpdate();
    }
}
