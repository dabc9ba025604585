package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.casefile.CaseInputs.CaseFilterInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.FactsInput;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseConnection;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseEdge;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeAdviceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.PageInfo;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.adapters.graphql.statute.CatalogueViews;
import org.insaf.adapters.graphql.statute.StatuteCatalogueViews;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.port.in.ChargeAdviceQuery;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.application.port.in.GetCaseQuery;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.domain.statute.StatuteCode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

@GraphQLApi
@Authenticated
public class CaseQueries {

    @Inject
    GetCaseQuery getCase;

    @Inject
    FindCasesQuery findCases;

    @Inject
    ChargeAdviceQuery chargeAdvice;

    @Inject
    CallerActor caller;

    @Inject
    StatuteCatalogueViews statutes;

    @Query("case")
    @Description("One case; NOT_FOUND when it does not exist or is not open to you (the same answer for both)")
    public CaseType caseById(@Name("id") @NonNull @Id String id) {
        Actor actor = caller.actor();
        return CaseMapping.toType(getCase.getCase(actor, Ids.caseId(id)), statutes.forCaller(actor));
    }

    @Query("cases")
    @Description("The cases open to you, newest registration first, one page at a time")
    public @NonNull CaseConnection cases(@Name("filter") CaseFilterInput filter,
                                         @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100. Each element counts toward the query cost, limited to 100,000 by default (insaf.graphql.limits.max-cost, docs/api-limits.md): each field once per element of the pages and lists around it, 100 per page element") int first,
                                         @Name("after") @Description("The endCursor of the previous page") String after) {
        return page(filter, first, after, CaseDetail.Part.ALL);
    }

    /**
     * The page of {@link #cases(CaseFilterInput, int, String)}, its cases holding at least the given
     * parts: a part not given may come as an empty list (or null facts) whatever the case holds, so
     * only a caller that writes nothing but the fields of those parts may use it (the fast read path).
     * Not a field of the schema: it has no {@code @Query}.
     */
    public CaseConnection page(CaseFilterInput filter, int first, String after, Set<CaseDetail.Part> parts) {
        if (first < 1 || first > FindCasesQuery.MAX_PAGE_SIZE) {
            throw new BadInput("PAGE_SIZE", "first must be between 1 and " + FindCasesQuery.MAX_PAGE_SIZE + "; " + first
                    + " cases were asked for");
        }
        Actor actor = caller.actor();
        CaseFilterInput f = filter == null ? new CaseFilterInput(null, null, null, null, null, null) : filter;
        FindCasesQuery.Page page = findCases.findCases(new FindCasesQuery.Query(actor,
                Optional.ofNullable(f.status()), Optional.ofNullable(f.statute()).map(StatuteCode::of),
                Optional.ofNullable(f.office()), Boolean.TRUE.equals(f.assignedToMe()),
                Optional.ofNullable(f.registeredFrom()), Optional.ofNullable(f.registeredTo()),
                Optional.ofNullable(after).map(Ids::cursor), first, parts));
        CatalogueViews cited = statutes.forCaller(actor);
        List<CaseEdge> edges = page.cases().stream()
                .map(view -> new CaseEdge(Ids.cursor(CaseCursor.of(view)), CaseMapping.toType(view, cited)))
                .toList();
        return new CaseConnection(edges, new PageInfo(page.hasNextPage(), page.endCursor().map(Ids::cursor).orElse(null)));
    }

    @Query("chargeAdvice")
    @Description("Which statutes the facts fit: the given facts, or those the investigation recorded")
    public @NonNull ChargeAdviceType chargeAdvice(@Name("caseId") @NonNull @Id String caseId,
                                                  @Name("facts") FactsInput facts,
                                                  @Name("victimIds") @Description("The victims the facts concern; all of the case's when left out") @Id List<String> victimIds) {
        return CaseMapping.advice(chargeAdvice.chargeAdvice(new ChargeAdviceQuery.Query(caller.actor(), Ids.caseId(caseId),
                Optional.ofNullable(CaseMapping.facts(facts)),
                victimIds == null ? null : CaseMapping.set(victimIds).stream().map(Ids::personId).collect(java.util.stream.Collectors.toSet()))));
    }
}
