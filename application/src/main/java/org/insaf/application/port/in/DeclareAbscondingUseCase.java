package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/** Declares an accused absconding: evading arrest or jumping bail (investigators of the office). */
public interface DeclareAbscondingUseCase {

    CaseView declareAbsconding(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, PersonId accused, LocalDate declaredOn)
            implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(accused, "the accused");
            InputLimits.date(InvalidCommand.required(declaredOn, "the date of the declaration"), "declaredOn");
        }
    }
}
