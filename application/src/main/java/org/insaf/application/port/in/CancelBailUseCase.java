package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.BailApplicationId;

/** Records the cancellation of bail granted, with the court's reason (s.497(5) CrPC; the judge). */
public interface CancelBailUseCase {

    CaseView cancelBail(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, BailApplicationId application,
                   LocalDate cancelledOn, String reason) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(application, "the bail application");
            InputLimits.date(InvalidCommand.required(cancelledOn, "the date of the cancellation"), "cancelledOn");
            InputLimits.text(InvalidCommand.requiredText(reason, "the reason"), InputLimits.REASON, "reason");
        }
    }
}
