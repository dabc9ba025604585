package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.BailApplication.Outcome;
import org.insaf.domain.casefile.BailApplicationId;

/**
 * Records the court's order on a bail application: granted on a surety (in rupees) or refused,
 * with the reason the law requires for a non-bailable offence (the judge).
 */
public interface DecideBailUseCase {

    CaseView decideBail(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, BailApplicationId application,
                   Outcome outcome, LocalDate decidedOn, Optional<Long> suretyPkr, Optional<String> reason)
            implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(application, "the bail application");
            InvalidCommand.required(outcome, "the outcome");
            InputLimits.date(InvalidCommand.required(decidedOn, "the date of the order"), "decidedOn");
            suretyPkr = suretyPkr == null ? Optional.empty() : suretyPkr;
            reason = reason == null ? Optional.empty() : reason.map(String::strip).filter(r -> !r.isEmpty());
            reason.ifPresent(r -> InputLimits.text(r, InputLimits.REASON, "reason"));
        }
    }
}
