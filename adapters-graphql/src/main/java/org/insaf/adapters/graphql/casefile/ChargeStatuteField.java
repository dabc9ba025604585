package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeType;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.adapters.graphql.statute.StatuteView;
import org.insaf.adapters.graphql.statute.StatuteViews;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.domain.statute.Statute;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code Charge.statute}: the statute version a charge cites, resolved for all the charges of a
 * response from one read of the catalogue, so a page of 50 cases costs what a page of 5 does.
 */
@GraphQLApi
@Authenticated
public class ChargeStatuteField {

    @Inject
    ListStatutesUseCase statutes;

    @Inject
    CallerActor caller;

    @Name("statute")
    @Description("The statute version the charge cites")
    public List<StatuteView> statute(@Source List<ChargeType> charges) {
        Map<String, Statute> byVersion = statutes.listStatutes(new ListStatutesUseCase.Query(caller.actor(), Optional.empty()))
                .stream().collect(Collectors.toMap(s -> key(s.code().value(), s.version()), Function.identity()));
        return charges.stream()
                .map(c -> Optional.ofNullable(byVersion.get(key(c.statuteCode(), c.statuteVersion()))).map(StatuteViews::of)
                        .orElse(null))
                .toList();
    }

    private static String key(String code, int version) {
        return code + "#" + version;
    }
}
