package org.insaf.adapters.graphql.statute;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.port.in.ListStatutesUseCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@GraphQLApi
@Authenticated
public class StatuteQueries {

    @Inject
    ListStatutesUseCase listStatutes;

    @Inject
    CallerActor caller;

    @Query("statutes")
    @Description("The statute catalogue: every version, or only those in force on a day")
    public @NonNull List<@NonNull StatuteView> statutes(
            @Name("inForceOn") @Description("Only the versions in force on this day") LocalDate inForceOn) {
        return listStatutes.listStatutes(new ListStatutesUseCase.Query(caller.actor(), Optional.ofNullable(inForceOn)))
                .stream().map(StatuteViews::of).toList();
    }
}
