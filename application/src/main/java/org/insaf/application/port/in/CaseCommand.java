package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.domain.casefile.CaseId;

import java.util.Optional;

/**
 * What every command on an existing case carries: who asks, which case, and optionally the version
 * the caller last saw, so that a change made meanwhile by someone else is refused, not overwritten.
 */
public interface CaseCommand {

    Actor actor();

    CaseId caseId();

    Optional<Long> expectedVersion();
}
