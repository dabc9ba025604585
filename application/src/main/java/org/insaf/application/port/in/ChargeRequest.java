package org.insaf.application.port.in;

import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.StatuteCode;

import java.util.Optional;
import java.util.Set;

/**
 * One count of a charge sheet: an accused of the case, the statute (the version in force on the
 * offence date is cited), the victims it concerns, and the facts alleged (the case's recorded facts
 * when absent).
 */
public record ChargeRequest(PersonId accused, StatuteCode statute, Set<PersonId> victims, Optional<OffenceFacts> facts) {

    public ChargeRequest {
        InvalidCommand.required(accused, "the accused of a charge");
        InvalidCommand.required(statute, "the statute of a charge");
        victims = Set.copyOf(InputLimits.count(InvalidCommand.required(victims, "the victims of a charge"),
                InputLimits.MAX_ITEMS, "victimIds"));
        facts = facts == null ? Optional.empty() : facts;
        facts.ifPresent(f -> InputLimits.date(f.offenceDate(), "facts.offenceDate"));
    }
}
