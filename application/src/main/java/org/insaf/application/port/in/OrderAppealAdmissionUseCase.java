package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.CaseId;

/** The appellate court admits an appeal, or dismisses it in limine with its reason (s.421 CrPC; the judge). */
public interface OrderAppealAdmissionUseCase {

    CaseView orderAppealAdmission(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, AppealId appeal, boolean admitted,
                   LocalDate orderedOn, Optional<String> reason) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(appeal, "the appeal");
            InputLimits.date(InvalidCommand.required(orderedOn, "the date of the order"), "orderedOn");
            reason = reason == null ? Optional.empty() : reason.map(String::strip).filter(r -> !r.isEmpty());
            reason.ifPresent(r -> InputLimits.text(r, InputLimits.REASON, "reason"));
        }
    }
}
