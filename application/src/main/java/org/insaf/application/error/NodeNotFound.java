package org.insaf.application.error;

import java.util.UUID;

/**
 * No object with that id is open to the caller: the one answer of {@code node(id)} for an id that
 * names nothing and for one that names a part of a case the caller may not see. It never names
 * the case, which would tell that the object exists.
 */
public class NodeNotFound extends CaseNotFound {

    public NodeNotFound(UUID id) {
        super("Nothing with id " + id + " exists or is open to you");
    }
}
