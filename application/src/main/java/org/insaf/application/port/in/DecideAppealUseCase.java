package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.CaseId;

/**
 * The appellate court decides an admitted appeal (s.423 CrPC), passing a sentence on each charge it
 * reduces, enhances or convicts on (the judge).
 */
public interface DecideAppealUseCase {

    CaseView decideAppeal(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, AppealId appeal, Appeal.AppealOutcome outcome,
                   LocalDate decidedOn, List<Appeal.AppellateSentence> sentences) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(appeal, "the appeal");
            InvalidCommand.required(outcome, "the outcome");
            InputLimits.date(InvalidCommand.required(decidedOn, "the date of the decision"), "decidedOn");
            sentences = List.copyOf(InputLimits.count(sentences == null ? List.of() : sentences, InputLimits.MAX_ITEMS,
                    "sentences"));
            sentences.forEach(s -> InputLimits.date(s.sentence().pronouncedOn(), "pronouncedOn"));
        }
    }
}
