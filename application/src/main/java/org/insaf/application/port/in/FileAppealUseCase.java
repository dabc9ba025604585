package org.insaf.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/**
 * Records an appeal or revision against the judgment as it concerns one accused: the State's by the
 * prosecutor assigned to the case, the convict's by the judge on whose docket the case is (as a bail
 * application is recorded).
 */
public interface FileAppealUseCase {

    CaseView fileAppeal(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, PersonId accused, Appeal.AppealKind kind,
                   Appeal.Appellant appellant, Appeal.AppealAgainst against, Appeal.AppellateForum forum, LocalDate filedOn,
                   String grounds) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(accused, "the accused");
            InvalidCommand.required(kind, "the kind (appeal or revision)");
            InvalidCommand.required(appellant, "the appellant");
            InvalidCommand.required(against, "what the appeal is against");
            InvalidCommand.required(forum, "the appellate court");
            InputLimits.date(InvalidCommand.required(filedOn, "the date of filing"), "filedOn");
            grounds = InputLimits.text(InvalidCommand.requiredText(grounds, "the grounds"), InputLimits.REASON, "grounds");
        }
    }
}
