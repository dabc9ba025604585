package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;

/** Closes a decided case (the judge on whose docket it is). */
public interface CloseCaseUseCase {

    CaseView closeCase(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, LocalDate closedOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InputLimits.date(InvalidCommand.required(closedOn, "the date the case was closed"), "closedOn");
        }
    }
}
