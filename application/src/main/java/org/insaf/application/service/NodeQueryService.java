package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.error.NodeNotFound;
import org.insaf.application.port.in.FindNodeQuery;
import org.insaf.application.port.in.GetCaseQuery;
import org.insaf.application.access.CaseAccessPolicy;
import org.insaf.application.port.out.ObjectLocator;
import org.insaf.domain.casefile.CaseId;

import java.util.UUID;

/**
 * An object by id through {@link GetCaseQuery}: the access rule, and the audit of a refused read,
 * are those of reading its case. An id that names nothing is read as a case id, so that it is
 * refused and audited exactly as {@code case(id)} refuses a missing case.
 */
@ApplicationScoped
public class NodeQueryService implements FindNodeQuery {

    private static final CaseAccessPolicy ACCESS = new CaseAccessPolicy();

    private final ObjectLocator locator;
    private final GetCaseQuery cases;

    @Inject
    public NodeQueryService(ObjectLocator locator, GetCaseQuery cases) {
        this.locator = locator;
        this.cases = cases;
    }

    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public Found find(Actor actor, UUID id) {
        InvalidCommand.required(actor, "actor");
        InvalidCommand.required(id, "id");
        ObjectLocator.Located located = locator.locate(id, ACCESS.visibilityOf(actor))
                .orElse(new ObjectLocator.Located(ObjectLocator.Kind.CASE, new CaseId(id)));
        try {
            CaseDetail detail = cases.getCase(actor, located.caseId());
            return new Found(located.kind(), detail);
        } catch (CaseNotFound hidden) {
            throw new NodeNotFound(id);
        }
    }
}
