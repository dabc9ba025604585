package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.PersonId;

/**
 * Records how one charge ended, as the court gives it (the judge): convicted (after trial, or on a plea
 * of guilty: s.265-E CrPC), acquitted, withdrawn by the prosecutor with the court's consent (s.494),
 * compounded by a victim (s.345), or abated on the accused's death (s.431: every pending charge of that
 * accused). The case is decided when every charge has its verdict and every conviction its sentence.
 */
public interface RecordVerdictUseCase {

    CaseView recordVerdict(Command command);

    /**
     * @param onGuiltyPlea  a conviction on the accused's plea of guilty; only with CONVICTED
     * @param compoundedBy  the victim of the charge who compounded it; required with COMPOUNDED, else absent
     * @param accusedDiedOn the day the accused died; required with ABATED, else absent
     */
    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, OffenceId offenceId, VerdictOutcome outcome,
                   LocalDate givenOn, boolean onGuiltyPlea, Optional<PersonId> compoundedBy,
                   Optional<LocalDate> accusedDiedOn) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(offenceId, "the charge");
            InvalidCommand.required(outcome, "the verdict");
            InputLimits.date(InvalidCommand.required(givenOn, "the date of the verdict"), "givenOn");
            compoundedBy = compoundedBy == null ? Optional.empty() : compoundedBy;
            accusedDiedOn = accusedDiedOn == null ? Optional.empty() : accusedDiedOn;
            InvalidCommand.check(!onGuiltyPlea || outcome == VerdictOutcome.CONVICTED,
                    "onGuiltyPlea goes only with the outcome CONVICTED, not " + outcome);
            InvalidCommand.check(compoundedBy.isPresent() == (outcome == VerdictOutcome.COMPOUNDED),
                    "compoundedBy (the victim who compounded) goes with the outcome COMPOUNDED, and only with it");
            InvalidCommand.check(accusedDiedOn.isPresent() == (outcome == VerdictOutcome.ABATED),
                    "accusedDiedOn goes with the outcome ABATED, and only with it");
            accusedDiedOn.ifPresent(d -> InputLimits.date(d, "accusedDiedOn"));
        }

        /** A verdict after trial (or a withdrawal) without further particulars. */
        public Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, OffenceId offenceId,
                       VerdictOutcome outcome, LocalDate givenOn) {
            this(actor, caseId, expectedVersion, offenceId, outcome, givenOn, false, Optional.empty(), Optional.empty());
        }
    }
}
