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
            investigator = part(investigator, "investigator", InputLimits.USER_ID);
            prosecutor = part(prosecutor, "prosecutor", InputLimits.USER_ID);
            court = part(court, "court", InputLimits.COURT);
            judge = part(judge, "judge", InputLimits.USER_ID);
            InvalidCommand.check(investigator.isPresent() || prosecutor.isPresent() || court.isPresent() || judge.isPresent(), "an assignment names at least one of investigator, prosecutor, court or judge");
        }

        // A blank part would otherwise reach CaseAssignment, which cleans it to "no one" and so
        // silently takes the case off someone's desk; absent is the way to leave a part as it is.
        private static Optional<String> part(Optional<String> value, String what, int max) {
            if (value == null) {
                return Optional.empty();
            }
            value.ifPresent(v -> InvalidCommand.check(!v.isBlank(),
                    "the " + what + " to assign is blank; leave it out to keep the current one"));
            return value.map(String::strip).map(v -> InputLimits.text(v, max, what));
        }
    }
}
