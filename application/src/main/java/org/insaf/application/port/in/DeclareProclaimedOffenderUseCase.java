package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/**
 * Declares an absconder a proclaimed offender once the s.87 CrPC proclamation has run its thirty
 * days, with the attachment of their property if ordered (s.88): the court's order (the judge).
 */
public interface DeclareProclaimedOffenderUseCase {

    CaseView declareProclaimedOffender(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, PersonId accused,
                   LocalDate proclamationPublishedOn, boolean propertyAttached, LocalDate declaredOn)
            implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(accused, "the accused");
            InputLimits.date(InvalidCommand.required(proclamationPublishedOn, "the date the proclamation was published"),
                    "proclamationPublishedOn");
            InputLimits.date(InvalidCommand.required(declaredOn, "the date of the declaration"), "declaredOn");
        }
    }
}
