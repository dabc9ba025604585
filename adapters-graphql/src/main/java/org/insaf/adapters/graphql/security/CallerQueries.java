package org.insaf.adapters.graphql.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.application.access.Actor;

@GraphQLApi
@Authenticated
public class CallerQueries {

    @Inject
    CallerActor caller;

    @Query("me")
    @Description("The caller: user id, roles and office")
    public @NonNull CallerView me() {
        Actor actor = caller.actor();
        return new CallerView(actor.userId(), actor.roles().stream().map(Enum::name).sorted().toList(),
                actor.office().orElse(null));
    }
}
