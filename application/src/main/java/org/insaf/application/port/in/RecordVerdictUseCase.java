package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;

/** Records the verdict on one charge; the case is decided when every charge has its verdict and every conviction its sentence (the judge). */
public interface RecordVerdictUseCase {

    CaseView recordVerdict(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, OffenceId offenceId, VerdictOutcome outcome, LocalDate givenOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(offenceId, "the charge");
            InvalidCommand.required(outcome, "the verdict");
            InputLimits.date(InvalidCommand.required(givenOn, "the date of the verdict"), "givenOn");
        }
    }
}
