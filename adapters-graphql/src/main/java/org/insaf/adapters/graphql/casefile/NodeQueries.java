package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseType;
import org.insaf.adapters.graphql.node.Node;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.adapters.graphql.security.CallerQueries;
import org.insaf.adapters.graphql.statute.StatuteCatalogueViews;
import org.insaf.application.access.Actor;
import org.insaf.application.error.NodeNotFound;
import org.insaf.application.port.in.FindNodeQuery;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code node(id)}: any object with an id, read through its case ({@link FindNodeQuery}) and mapped
 * as {@code case(id)} maps it, so that its fields, and the rules of fields such as a victim's
 * identity, are the same whichever way it was reached.
 */
@GraphQLApi
@Authenticated
public class NodeQueries {

    @Inject
    FindNodeQuery nodes;

    @Inject
    CallerActor caller;

    @Inject
    CallerQueries callers;

    @Inject
    StatuteCatalogueViews statutes;

    @Query("node")
    @Description("The object with this id: a case, an accused, a victim, a charge, an appeal, a bail application, or yourself (Caller). NOT_FOUND when it does not exist or is not open to you (the same answer for both); the rules are those of reading its case")
    public Node node(@Name("id") @NonNull @Id String id) {
        Actor actor = caller.actor();
        // A caller's id is the identity provider's, not necessarily a UUID; only one's own is open.
        if (id != null && id.equals(actor.userId())) {
            return callers.me();
        }
        UUID uuid = Ids.uuid(id, "id");
        FindNodeQuery.Found found = nodes.find(actor, uuid);
        CaseType c = CaseMapping.toType(found.caseDetail(), statutes.forCaller(actor));
        Stream<? extends Node> candidates = switch (found.kind()) {
            case CASE -> Stream.of(c);
            case ACCUSED -> c.accused().stream();
            case VICTIM -> c.victims().stream();
            case CHARGE -> c.charges().stream();
            case APPEAL -> c.appellate().stream().flatMap(a -> a.appeals().stream());
            case BAIL_APPLICATION -> c.accused().stream().flatMap(a -> a.bailApplications().stream());
        };
        String key = uuid.toString();
        // The case was read after the lookup: a part removed in between is missing, like any other.
        return candidates.filter(n -> n.id().equalsIgnoreCase(key)).findFirst().orElseThrow(() -> new NodeNotFound(uuid));
    }
}
