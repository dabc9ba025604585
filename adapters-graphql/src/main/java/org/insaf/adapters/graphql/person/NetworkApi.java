package org.insaf.adapters.graphql.person;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.casefile.Ids;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.person.network.NetworkGraphMl;
import org.insaf.application.person.network.PersonNetwork;
import org.insaf.application.port.in.ReadNetworkQuery;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.registry.NetworkBounds;

import java.util.List;
import java.util.Optional;

/**
 * The network around a case or an accused person (issue 18 item 4), as lists a frontend draws and
 * as a GraphML document a graph tool opens. Cases the caller may not see are only counted.
 */
@GraphQLApi
@Authenticated
public class NetworkApi {

    @Inject
    CallerActor caller;
    @Inject
    ReadNetworkQuery networks;

    @Name("Network")
    @Description("Accused persons linked across cases, their cases, the victims of those cases by pseudonym, and the links between them; only cases you may see")
    public record NetworkType(@Description("The case it was asked around") @Id String caseId,
                              @Description("The person it was asked around, as the person register joins records") @Id String personId,
                              @NonNull Integer depth, @NonNull Integer maxNodes,
                              @NonNull List<@NonNull NetworkPersonType> persons,
                              @NonNull List<@NonNull NetworkCaseType> cases,
                              @NonNull List<@NonNull NetworkVictimType> victims,
                              @NonNull List<@NonNull NetworkLinkType> links,
                              @NonNull @Description("Cases of these persons that you may not see: nothing more is told of them, and the network is not followed through them") Integer casesInOtherOffices,
                              @NonNull @Description("True when maxNodes cut the network short") Boolean truncated,
                              @Description("How to ask for access to the cases of other offices, when there are any") String howToAskForAccess,
                              @NonNull @Description("The same network as a GraphML document (Gephi, yEd, Cytoscape); node ids are person-, case- and victim- followed by the id or pseudonym") String graphml) {
    }

    @Name("NetworkPerson")
    public record NetworkPersonType(@NonNull @Id @Description("The person's id, as personCandidates and network(personId) name it") String personId,
                                    @NonNull @Description("Names as the cases you may see write them") List<@NonNull String> names,
                                    @NonNull List<@NonNull TraffickerRole> roles,
                                    @NonNull @Description("How many of this person's cases you may not see") Integer casesInOtherOffices) {
    }

    @Name("NetworkCase")
    public record NetworkCaseType(@NonNull @Id @Description("The case's id: node(id) or case(id) reads the Case") String caseId, @NonNull String firNumber, @NonNull String office,
                                  @NonNull CaseStatus status,
                                  @NonNull @Description("Routes of the facts and charges, countries from origin to destination, e.g. PK>AE") List<@NonNull String> routes) {
    }

    @Name("NetworkVictim")
    public record NetworkVictimType(@NonNull String pseudonym, @NonNull @Id String caseId,
                                    @NonNull RecruiterRelation recruiterRelation) {
    }

    @Name("NetworkLink")
    public record NetworkLinkType(@NonNull PersonNetwork.LinkKind kind,
                                  @NonNull @Description("A person id, or a victim's pseudonym for VICTIM_IN") String from,
                                  @NonNull @Description("A case id, a victim's pseudonym (RECRUITED, CHARGED_FOR) or a person id (WORKS_WITH)") String to,
                                  @NonNull @Id String caseId, @NonNull List<@NonNull TraffickerRole> roles,
                                  @Description("For RECRUITED: the victim's relation to the recruiter") RecruiterRelation recruiterRelation) {
    }

    @Query("network")
    @Description("The network around a case or an accused person (give exactly one): persons linked across cases, their cases and roles, victims by pseudonym, recruiter relations and routes; cases you may not see are only counted (investigators, prosecutors, judges, admins)")
    public @NonNull NetworkType network(@Name("caseId") @Id String caseId, @Name("personId") @Id String personId,
                                        @Name("depth") @DefaultValue("2") @Description("Hops from the start, 1 to " + NetworkBounds.MAX_DEPTH + " (NETWORK_DEPTH)") int depth,
                                        @Name("maxNodes") @DefaultValue("200") @Description("Persons, cases and victims together, 1 to " + NetworkBounds.MAX_NODES + " (NETWORK_SIZE)") int maxNodes) {
        NetworkBounds bounds = new NetworkBounds(depth, maxNodes);
        PersonNetwork network = networks.network(new ReadNetworkQuery.Query(caller.actor(),
                Optional.ofNullable(caseId).map(Ids::caseId), Optional.ofNullable(personId).map(Ids::personId), bounds));
        return new NetworkType(network.startCase().map(Object::toString).orElse(null),
                network.startPerson().map(Object::toString).orElse(null), network.depth(), network.maxNodes(),
                network.persons().stream().map(p -> new NetworkPersonType(p.id().toString(), p.names(),
                        p.roles().stream().sorted().toList(), p.casesInOtherOffices())).toList(),
                network.cases().stream().map(c -> new NetworkCaseType(c.id().toString(), c.firNumber(), c.office(),
                        c.status(), c.routes())).toList(),
                network.victims().stream().map(v -> new NetworkVictimType(v.pseudonym(), v.caseId().toString(),
                        v.recruiterRelation())).toList(),
                network.links().stream().map(l -> new NetworkLinkType(l.kind(), l.from(), l.to(), l.caseId().toString(),
                        l.roles().stream().sorted().toList(), l.recruiterRelation().orElse(null))).toList(),
                network.casesInOtherOffices(), network.truncated(), network.howToAskForAccess().orElse(null),
                NetworkGraphMl.of(network));
    }
}
