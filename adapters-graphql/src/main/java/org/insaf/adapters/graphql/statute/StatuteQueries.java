package org.insaf.adapters.graphql.statute;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.access.Actor;
import org.insaf.application.port.in.InputLimits;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.domain.statute.OffenceCategory;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@GraphQLApi
@Authenticated
public class StatuteQueries {

    @Inject
    ListStatutesUseCase listStatutes;

    @Inject
    StatuteCatalogueViews views;

    @Inject
    CallerActor caller;

    @Query("statutes")
    @Description("The statute catalogue: every version, or only those in force on a day, or of one category")
    public @NonNull List<@NonNull StatuteView> statutes(
            @Name("inForceOn") @Description("Only the versions in force on this day; from " + InputLimits.EARLIEST_DATE_TEXT) LocalDate inForceOn,
            @Name("category") @Description("Only the statutes of this category") OffenceCategory category) {
        Actor actor = caller.actor();
        CatalogueViews catalogue = views.forCaller(actor);
        return listStatutes.listStatutes(new ListStatutesUseCase.Query(actor, Optional.ofNullable(inForceOn))).stream()
                .filter(s -> category == null || s.category() == category)
                .map(catalogue::of).toList();
    }

    @Query("statute")
    @Description("One statute by its code: the version in force on a day, or its latest version; null when there is none")
    public StatuteView statute(
            @Name("code") @NonNull @Description("The statute's code, e.g. PPC-369A") String code,
            @Name("inForceOn") @Description("The version in force on this day; from " + InputLimits.EARLIEST_DATE_TEXT) LocalDate inForceOn) {
        StatuteCode wanted = StatuteCode.of(code);
        CatalogueViews catalogue = views.forCaller(caller.actor());
        Optional<Statute> version = inForceOn == null
                ? catalogue.catalogue().latestVersionOf(wanted)
                : catalogue.catalogue().inForceOn(wanted, inForceOn);
        return version.map(catalogue::of).orElse(null);
    }
}
