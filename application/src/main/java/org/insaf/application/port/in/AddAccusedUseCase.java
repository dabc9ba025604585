package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Trafficker;

/** Adds an accused; a victim of the same case only with a recorded justification (investigators of the office). */
public interface AddAccusedUseCase {

    CaseView addAccused(Command command);

    /**
     * @param addedOn the business date the accused was added to the investigation (the yearly figures
     *                count them as investigated in its year); when empty, the case's latest recorded date
     */
    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, Trafficker accused,
                   Optional<String> nonPunishmentJustification, Optional<LocalDate> addedOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(accused, "the accused");
            InputLimits.text(accused.name(), InputLimits.NAME, "name");
            InputLimits.count(accused.links(), InputLimits.MAX_ITEMS, "links");
            nonPunishmentJustification = nonPunishmentJustification == null ? Optional.empty() : nonPunishmentJustification.map(String::strip).filter(j -> !j.isEmpty());
            nonPunishmentJustification.ifPresent(j -> InputLimits.text(j, InputLimits.REASON, "nonPunishmentJustification"));
            addedOn = addedOn == null ? Optional.empty() : addedOn;
            addedOn.ifPresent(day -> InputLimits.date(day, "addedOn"));
        }

        /** Without a date of its own: the accused is added on the case's latest recorded date. */
        public Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, Trafficker accused,
                       Optional<String> nonPunishmentJustification) {
            this(actor, caseId, expectedVersion, accused, nonPunishmentJustification, Optional.empty());
        }
    }
}
