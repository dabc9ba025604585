package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.CaseId;

/** s.426 CrPC: pending the convict's appeal, the appellate court suspends the sentence and releases them on bail (the judge). */
public interface SuspendSentenceUseCase {

    CaseView suspendSentence(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, AppealId appeal, LocalDate suspendedOn)
            implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(appeal, "the appeal");
            InputLimits.date(InvalidCommand.required(suspendedOn, "the date of the suspension"), "suspendedOn");
        }
    }
}
