package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.casefile.live.CaseChange;
import org.insaf.application.port.in.FollowCaseUpdatesQuery;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;

/** Live updates over the GraphQL WebSocket protocols (docs/subscriptions.md). */
@GraphQLApi
@Authenticated
public class CaseSubscriptions {

    /**
     * How many updates wait for one subscriber at most. A subscriber that falls further behind is
     * ended (the client receives "complete") rather than served stale updates or held in memory:
     * it reads the cases again and subscribes anew.
     */
    static final int WAITING_UPDATES = 64;

    @Inject
    FollowCaseUpdatesQuery updates;

    @Inject
    CallerActor caller;

    @Subscription("caseUpdated")
    @Description("Which of the cases open to you changed, and how, as changes are committed; one case only when caseId is given "
            + "(NOT_FOUND when it does not exist or is not open to you). Never the content: read the case for it. "
            + "Checked for each change against who holds the case then. At most 8 at once per user (SUBSCRIPTION_LIMIT)")
    public Multi<CaseUpdateType> caseUpdated(@Name("caseId") @Id @Description("The one case to follow") String caseId) {
        // Runs on the event loop: the caller and the id are read here, the access check (which may
        // read the database and audit a refusal) on a worker when the stream is subscribed to. A
        // refusal fails the stream before its first update, and the client gets it as the answer.
        FollowCaseUpdatesQuery.Query query = new FollowCaseUpdatesQuery.Query(caller.actor(),
                Optional.ofNullable(caseId).map(Ids::caseId));
        return Multi.createFrom().<CaseChange>deferred(() -> {
                    UnicastProcessor<CaseChange> waiting = UnicastProcessor.create(new ArrayBlockingQueue<>(WAITING_UPDATES), () -> { });
                    FollowCaseUpdatesQuery.Following following = updates.follow(query, waiting::onNext);
                    return waiting.onTermination().invoke(following::stop);
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                // The feed's thread only hands updates on; writing them to the clients is the workers'.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(CaseUpdateType::of);
    }

    @Name("CaseUpdate")
    @Description("That a case open to you changed: which, how, and its version after the change")
    public record CaseUpdateType(@NonNull @Id @Description("The case's id") String caseId,
                                 @NonNull @Description("The event's name, e.g. HearingRecorded; a change may have several, each told once") String event,
                                 @NonNull @Description("The case's version after the change: a screen holding an older one reads the case again") int version) {

        static CaseUpdateType of(CaseChange change) {
            return new CaseUpdateType(change.caseId().toString(), change.event(), Math.toIntExact(change.version()));
        }
    }
}
