package org.insaf.adapters.graphql.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An object of the API with an id of its own, which {@code node(id)} fetches again (the GraphQL
 * Global Object Identification convention that Relay and Apollo caches rely on). The records that
 * implement it already have an {@code id} component; schema generation reads only getters from an
 * interface, hence the default getter.
 */
@Interface
@Name("Node")
@Description("An object with an id of its own; node(id) fetches it again under the access rules of its case")
public interface Node {

    String id();

    @NonNull
    @Id
    @Name("id")
    default String getId() {
        return id();
    }
}
