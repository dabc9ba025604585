package org.insaf.adapters.graphql.desk;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.casefile.CaseTypes.PageInfo;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.casefile.desk.DueItem;
import org.insaf.application.port.in.DuePage;
import org.insaf.application.port.in.ReadCauseListQuery;
import org.insaf.application.port.in.ReadDeskQuery;
import org.insaf.application.port.in.ReadOfficeQueueQuery;
import org.insaf.application.port.out.DueCursor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@GraphQLApi
@Authenticated
public class DeskQueries {

    static final String DESK = "desk";
    static final String QUEUE = "queue";
    private static final String PAGE_SIZE = "Page size, 1 to 100. Each element counts toward the query cost (docs/api-limits.md)";

    @Inject
    ReadCauseListQuery causeLists;

    @Inject
    ReadDeskQuery desks;

    @Inject
    ReadOfficeQueueQuery queues;

    @Inject
    CallerActor caller;

    @Query("causeList")
    @Description("A court's cause list for a day: the hearings fixed for it among the cases open to you, in the order the court calls them. BAD_INPUT (COURT_UNKNOWN) for a court no case or hearing names")
    public @NonNull DeskTypes.CauseListType causeList(@Name("court") @NonNull String court, @Name("date") @NonNull LocalDate date) {
        return DeskTypes.of(causeLists.readCauseList(new ReadCauseListQuery.Query(caller.actor(), court, date)));
    }

    @Query("myDesk")
    @Description("A prosecutor's or judge's desk: the pending cases assigned to you, soonest due first, with what is due and the counts per bucket")
    public @NonNull DeskTypes.DueConnection myDesk(@Name("first") @DefaultValue("20") @Description(PAGE_SIZE) int first,
                                                   @Name("after") @Description("The endCursor of the previous page") String after) {
        DuePage.Request page = request(DESK, first, after);
        return connection(DESK, desks.readDesk(new ReadDeskQuery.Query(caller.actor(), page)));
    }

    @Query("officeQueue")
    @Description("An investigator's queue: the open investigations of your office, oldest FIR first, each with the interim report's day under s.173(1) CrPC, and the counts per bucket")
    public @NonNull DeskTypes.DueConnection officeQueue(@Name("first") @DefaultValue("20") @Description(PAGE_SIZE) int first,
                                                        @Name("after") @Description("The endCursor of the previous page") String after) {
        DuePage.Request page = request(QUEUE, first, after);
        return connection(QUEUE, queues.readOfficeQueue(new ReadOfficeQueueQuery.Query(caller.actor(), page)));
    }

    private static DuePage.Request request(String list, int first, String after) {
        if (first < 1 || first > DuePage.MAX_PAGE_SIZE) {
            throw new BadInput("PAGE_SIZE", "first must be between 1 and " + DuePage.MAX_PAGE_SIZE + "; " + first
                    + " cases were asked for");
        }
        return new DuePage.Request(Optional.ofNullable(after).map(a -> DueCursors.read(list, a)), first);
    }

    private static DeskTypes.DueConnection connection(String list, DuePage page) {
        List<DeskTypes.DueEdge> edges = new ArrayList<>(page.items().size());
        for (DueItem item : page.items()) {
            DueCursor at = new DueCursor(item.dueOn().orElse(DueCursor.UNDATED),
                    org.insaf.domain.casefile.CaseId.of(item.theCase().caseId()));
            edges.add(new DeskTypes.DueEdge(DueCursors.write(list, at), DeskTypes.of(item)));
        }
        return new DeskTypes.DueConnection(edges, new PageInfo(page.hasNextPage(),
                page.endCursor().map(c -> DueCursors.write(list, c)).orElse(null)), DeskTypes.of(page.counts()), page.today());
    }
}
