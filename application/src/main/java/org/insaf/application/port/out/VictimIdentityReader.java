package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;

import java.util.Map;
import java.util.Set;

/**
 * Reads the protected identities of victims, by victim id, only for the use cases that have
 * checked the caller may read them. Nothing else reads or decrypts an identity.
 */
public interface VictimIdentityReader {

    /** The identities of those of the given victims who are victims of the case; other ids are absent. */
    Map<PersonId, VictimIdentity> read(CaseId caseId, Set<PersonId> victims);
}
