package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/** Records the arrest of an accused, or of an absconder found or surrendered (investigators of the office). */
public interface ArrestAccusedUseCase {

    CaseView arrestAccused(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, PersonId accused, LocalDate arrestedOn)
            implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(accused, "the accused");
            InputLimits.date(InvalidCommand.required(arrestedOn, "the date of the arrest"), "arrestedOn");
        }
    }
}
