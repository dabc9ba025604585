package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import java.util.List;

/**
 * Files a supplementary charge sheet (s.173 CrPC): charges, in the same case, accused not charged
 * before (an absconder since arrested, a person found after the charge sheet) (the assigned prosecutor).
 */
public interface FileSupplementaryChargeSheetUseCase {

    CaseView fileSupplementaryChargeSheet(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, List<ChargeRequest> charges,
                   LocalDate filedOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.check(charges != null && !charges.isEmpty(), "a charge sheet contains at least one charge");
            charges = List.copyOf(InputLimits.count(charges, InputLimits.MAX_ITEMS, "charges"));
            InputLimits.date(InvalidCommand.required(filedOn, "the date the supplementary charge sheet was filed"),
                    "filedOn");
        }
    }
}
