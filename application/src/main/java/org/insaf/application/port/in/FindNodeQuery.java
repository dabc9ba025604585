package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.port.out.ObjectLocator;

import java.util.UUID;

/**
 * Any object of the case file by its id, under the access rule of reading its case: the same
 * answer ({@link org.insaf.application.error.NodeNotFound}) whether the id names nothing or
 * something in a case the caller may not see.
 */
public interface FindNodeQuery {

    /** What the id names, and the case that holds it as the caller may read it. */
    record Found(ObjectLocator.Kind kind, CaseDetail caseDetail) {
    }

    Found find(Actor actor, UUID id);
}
