package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;

/** Opens the trial of a charged case (the judge on whose docket it is). */
public interface OpenTrialUseCase {

    CaseView openTrial(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, LocalDate openedOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InputLimits.date(InvalidCommand.required(openedOn, "the date the trial opened"), "openedOn");
        }
    }
}
