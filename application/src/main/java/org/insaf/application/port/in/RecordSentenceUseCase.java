package org.insaf.application.port.in;

import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.statute.Sentence;

/** Records the sentence for a conviction, within the statute's range (the judge). */
public interface RecordSentenceUseCase {

    CaseView recordSentence(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, OffenceId offenceId, Sentence sentence) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(offenceId, "the charge");
            InvalidCommand.required(sentence, "the sentence");
            InputLimits.date(sentence.pronouncedOn(), "pronouncedOn");
        }
    }
}
