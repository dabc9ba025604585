package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;

/** Drops a case under investigation, with the reason (investigators of the case's office). */
public interface CloseInvestigationUseCase {

    CaseView closeInvestigation(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, String reason, LocalDate closedOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            reason = InputLimits.text(InvalidCommand.requiredText(reason, "the reason for closing the investigation"),
                    InputLimits.REASON, "reason");
            InputLimits.date(InvalidCommand.required(closedOn, "the date the investigation was closed"), "closedOn");
        }
    }
}
