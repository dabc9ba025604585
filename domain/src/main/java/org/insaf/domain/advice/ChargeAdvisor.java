package org.insaf.domain.advice;

import org.insaf.domain.offence.ElementAssessment;
import org.insaf.domain.offence.LawInForcePolicy;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.TerritorialScopePolicy;
import org.insaf.domain.person.Victim;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Shows a prosecutor, for one set of facts, how every provision of the catalogue fits — so it
 * is visible why PPC 371A fits a child sold for prostitution where 369A (which needs force,
 * fraud or coercion) does not. Pure: same facts, same catalogue, same advice.
 */
public final class ChargeAdvisor {

    /**
     * Fewest gaps first — an applicable provision has none, so it always leads — then the heaviest
     * penalty, then the code, for a stable order.
     */
    private static final Comparator<StatuteAdvice> MOST_APPLICABLE_FIRST =
            Comparator.comparingInt(StatuteAdvice::gaps)
                    .thenComparing(a -> -a.statute().penalty().severity())
                    .thenComparing(a -> a.statute().code());

    /**
     * @param victims   the victims the facts concern, for conditions such as "victim is a child"
     * @param catalogue all versions of all provisions; for each code the version to cite on the
     *                  offence date ({@link StatuteCatalogue#versionToCite})
     */
    public ChargeAdvice advise(OffenceFacts facts, Collection<Victim> victims, StatuteCatalogue catalogue) {
        InvalidValueException.required(facts, "facts");
        InvalidValueException.required(victims, "victims");
        InvalidValueException.required(catalogue, "statute catalogue");
        List<StatuteAdvice> advice = catalogue.citationsOn(facts.offenceDate()).stream()
                .map(citation -> adviseOn(citation, facts, victims))
                .sorted(MOST_APPLICABLE_FIRST)
                .toList();
        return new ChargeAdvice(advice);
    }

    private static StatuteAdvice adviseOn(StatuteCatalogue.Citation citation, OffenceFacts facts, Collection<Victim> victims) {
        Statute statute = citation.version();
        boolean inForce = citation.inForce();
        boolean scopeFits = statute.reaches(facts.isTransnational());
        ElementAssessment assessment = ElementAssessment.of(statute, facts, victims);
        return new StatuteAdvice(statute, inForce,
                inForce ? "" : LawInForcePolicy.explain(statute, facts.offenceDate()),
                scopeFits, scopeFits ? "" : TerritorialScopePolicy.explain(statute, facts),
                assessment.met(), assessment.missing(), statute.penalty().describeRange());
    }
}
