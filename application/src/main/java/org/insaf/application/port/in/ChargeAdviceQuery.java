package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.advice.ChargeAdvice;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.shared.PersonId;

import java.util.Optional;
import java.util.Set;

/**
 * For the facts of a case (given, or as the investigation recorded them), every statute with the
 * elements met and missing and its penalty, most applicable first.
 */
public interface ChargeAdviceQuery {

    ChargeAdvice chargeAdvice(Query query);

    /** @param victims the victims of the case the facts concern (all of them when empty) */
    record Query(Actor actor, CaseId caseId, Optional<OffenceFacts> facts, Set<PersonId> victims) {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            facts = facts == null ? Optional.empty() : facts;
            victims = victims == null ? Set.of() : Set.copyOf(InputLimits.count(victims, InputLimits.MAX_ITEMS, "victimIds"));
        }
    }
}
