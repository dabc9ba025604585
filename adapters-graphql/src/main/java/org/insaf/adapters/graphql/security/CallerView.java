package org.insaf.adapters.graphql.security;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.node.Node;

import java.util.List;

@Name("Caller")
@Description("Who is asking, as Insaf sees the caller's token")
public record CallerView(
        @NonNull @Description("The user id at the identity provider; cases are assigned to it") @Id String id,
        @NonNull @Description("The roles of Insaf the caller holds") List<@NonNull String> roles,
        @Description("The FIA office or court the caller works in, where one is recorded") String office) implements Node {
}
