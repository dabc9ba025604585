package org.insaf.application.port.out;

import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;

import java.util.Optional;

/**
 * Loads a case to change it or to show it: the case at its stored version, its victims without
 * their protected identities (those are read by victim id, {@link VictimIdentityReader}).
 */
public interface CaseLoader {

    Optional<Case> load(CaseId id);
}
