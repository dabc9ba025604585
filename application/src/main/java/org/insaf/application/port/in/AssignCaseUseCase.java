package org.insaf.application.port.in;

import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;

/** Assigns the lead investigator, the prosecutor, and the court and judge of a case (admins). Absent parts stay as they are. */
public interface AssignCaseUseCase {

    CaseView assignCase(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, Optional<String> investigator, Optional<String> prosecutor, Optional<String> court, Optional<String> judge) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            investigator = investigator == null ? Optional.empty() : investigator;
            prosecutor = prosecutor == null ? Optional.empty() : prosecutor;
            court = court == null ? Optional.empty() : court;
            judge = judge == null ? Optional.empty() : judge;
            InvalidCommand.check(investigator.isPresent() || prosecutor.isPresent() || court.isPresent() || judge.isPresent(), "an assignment names at least one of investigator, prosecutor, court or judge");
        }
    }
}
