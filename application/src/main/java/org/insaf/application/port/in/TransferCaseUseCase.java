package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.InvestigatingOffice;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Transfers a case to another investigating office, of the FIA or the provincial police, with the
 * reason and the date of the order (admins, who also assign cases). The old office's access ends and
 * the new one's starts with it; the old office's lead investigator leaves the case.
 */
public interface TransferCaseUseCase {

    CaseView transferCase(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, InvestigatingOffice to, String reason,
                   LocalDate transferredOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(to, "the office to transfer to");
            InputLimits.text(to.code(), InputLimits.OFFICE, "office");
            to.district().ifPresent(d -> InputLimits.text(d, InputLimits.DISTRICT, "district"));
            reason = InputLimits.text(InvalidCommand.requiredText(reason, "the reason for the transfer"),
                    InputLimits.REASON, "reason");
            InputLimits.date(InvalidCommand.required(transferredOn, "the date of the transfer"), "transferredOn");
        }
    }
}
