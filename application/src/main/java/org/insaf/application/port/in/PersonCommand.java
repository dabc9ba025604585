package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/** What every use case on a person behind an accused carries: who asks, and the accused's case and person. */
public interface PersonCommand {

    Actor actor();

    CaseId caseId();

    PersonId person();
}
