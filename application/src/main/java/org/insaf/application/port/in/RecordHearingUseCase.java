package org.insaf.application.port.in;

import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.Hearing;

/** Records a hearing of the trial (the judge on whose docket it is). */
public interface RecordHearingUseCase {

    CaseView recordHearing(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, Hearing hearing) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(hearing, "the hearing");
            InputLimits.date(hearing.date(), "date");
            InputLimits.date(hearing.nextDate(), "nextDate");
            InputLimits.text(hearing.court(), InputLimits.COURT, "court");
            InputLimits.text(hearing.proceedings(), InputLimits.PROCEEDINGS, "proceedings");
        }
    }
}
