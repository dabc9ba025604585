package org.insaf.application.port.in;

import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceFacts;

/** Records the facts the investigation has established, the basis for charge advice (investigators of the office). */
public interface RecordFactsUseCase {

    CaseView recordFacts(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, OffenceFacts facts) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(facts, "the facts");
            InputLimits.date(facts.offenceDate(), "facts.offenceDate");
            InputLimits.count(facts.route().countries(), InputLimits.MAX_ITEMS, "facts.route");
        }
    }
}
