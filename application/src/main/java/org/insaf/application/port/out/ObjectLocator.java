package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseId;

import java.util.Optional;
import java.util.UUID;

/**
 * Which object of the case file an id names, and the case it belongs to: the first step of the
 * API's {@code node(id)}. Ids are UUIDs drawn at random for every object, so one lookup by primary
 * key (or an indexed column) per kind tells the kind; nothing is read from the case itself.
 */
public interface ObjectLocator {

    /** The kinds in the order a lookup prefers them: a person who is both accused and victim of one case has one id. */
    enum Kind { CASE, ACCUSED, VICTIM, CHARGE, APPEAL, BAIL_APPLICATION }

    record Located(Kind kind, CaseId caseId) {
    }

    /**
     * The object the id names and a case holding it. One person accused in several cases has one
     * id: a case the caller may see (by {@code visibility}) is preferred, so that the object is not
     * refused for another case that holds it.
     */
    Optional<Located> locate(UUID id, CaseVisibility visibility);
}
