package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;

/** Opens the investigation of a registered case (investigators of the case's office). */
public interface StartInvestigationUseCase {

    CaseView startInvestigation(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, LocalDate startedOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InputLimits.date(InvalidCommand.required(startedOn, "the date the investigation started"), "startedOn");
        }
    }
}
