package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/** What every use case on the person behind a victim carries: who asks, and the victim's case and id. */
public interface VictimCommand {

    Actor actor();

    CaseId caseId();

    PersonId victim();
}
