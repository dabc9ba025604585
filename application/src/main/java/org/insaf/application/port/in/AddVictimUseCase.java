package org.insaf.application.port.in;

import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;

/** Records a victim of the case under a new pseudonym (investigators of the case's office). */
public interface AddVictimUseCase {

    CaseView addVictim(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, VictimIdentity identity, VictimDetails details) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(identity, "the victim's identity");
            InputLimits.text(identity.name(), InputLimits.NAME, "identity.name");
            InputLimits.text(identity.contact(), InputLimits.CONTACT, "identity.contact");
            InputLimits.text(identity.address(), InputLimits.ADDRESS, "identity.address");
            InvalidCommand.required(details, "the victim's details");
            InputLimits.date(details.age().dateOfBirth(), "dateOfBirth");
            InputLimits.date(details.age().estimatedOn(), "estimatedOn");
        }
    }
}
