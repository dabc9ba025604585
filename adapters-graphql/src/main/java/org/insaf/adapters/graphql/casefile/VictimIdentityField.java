package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimIdentityType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimType;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.access.Actor;
import org.insaf.application.port.in.ReadVictimIdentityUseCase;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code Victim.identity}, read through {@link ReadVictimIdentityUseCase} (which decides who may and
 * audits every read), batched: one read per case for all its victims in the response. Where the
 * caller may not read a case's identities, those victims' identity is null with the refusal as
 * the error of each.
 */
@GraphQLApi
@Authenticated
public class VictimIdentityField {

    @Inject
    ReadVictimIdentityUseCase readIdentities;

    @Inject
    CallerActor caller;

    @Name("identity")
    @Description("Name, CNIC, contact and address: only for the people assigned to the case, and every read is audited. Null with a FORBIDDEN error for everyone else")
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<VictimIdentityType> identity(@Source List<VictimType> victims) {
        Actor actor = caller.actor();
        Map<String, List<VictimType>> byCase = victims.stream()
                .collect(Collectors.groupingBy(VictimType::caseId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Object> results = new HashMap<>();
        byCase.forEach((caseId, ofCase) -> {
            try {
                Map<PersonId, VictimIdentity> read = readIdentities.readIdentities(new ReadVictimIdentityUseCase.Query(
                        actor, Ids.caseId(caseId), ofCase.stream().map(v -> Ids.personId(v.id())).collect(Collectors.toSet())));
                ofCase.forEach(v -> results.put(key(v), CaseMapping.identity(read.get(Ids.personId(v.id())))));
            } catch (RuntimeException refused) {
                ofCase.forEach(v -> results.put(key(v), refused));
            }
        });
        // A Throwable in a batch result fails that item alone (java-dataloader): null and an error for it.
        List result = new ArrayList<>(victims.size());
        victims.forEach(v -> result.add(results.get(key(v))));
        return result;
    }

    private static String key(VictimType victim) {
        return victim.caseId() + "/" + victim.id();
    }
}
