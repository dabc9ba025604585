package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.BailApplication.Applicant;
import org.insaf.domain.shared.PersonId;

/** Records an application for bail by an accused or their counsel, to a court (the judge on whose docket the case is). */
public interface ApplyForBailUseCase {

    CaseView applyForBail(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, PersonId accused, String court,
                   LocalDate filedOn, Applicant appliedBy) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(accused, "the accused");
            InputLimits.text(InvalidCommand.requiredText(court, "the court"), InputLimits.COURT, "court");
            InputLimits.date(InvalidCommand.required(filedOn, "the date of the application"), "filedOn");
            InvalidCommand.required(appliedBy, "who applied");
        }
    }
}
