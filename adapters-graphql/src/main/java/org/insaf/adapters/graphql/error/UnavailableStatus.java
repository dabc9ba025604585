package org.insaf.adapters.graphql.error;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A GraphQL answer whose errors say the database is unavailable goes out as HTTP 503 (with
 * Retry-After), so load balancers and clients see a fault of the service, not a 200.
 * <p>
 * SmallRye writes every GraphQL answer with status 200 and offers no hook between the result and
 * the response. So each GraphQL request carries a flag in its Vert.x context (which the resolvers'
 * worker threads share); the error translation raises it, and the status is set when the headers
 * are written. UnavailableApiTest fails if SmallRye or Vert.x change in a way that breaks this.
 */
@ApplicationScoped
public class UnavailableStatus {

    private static final String FLAG = UnavailableStatus.class.getName();
    public static final String RETRY_AFTER_SECONDS = "5";

    void register(@Observes Filters filters) {
        filters.register(request -> {
            if (request.normalizedPath().startsWith("/graphql") && isDuplicated(Vertx.currentContext())) {
                AtomicBoolean unavailable = new AtomicBoolean();
                ContextLocals.put(FLAG, unavailable);
                request.addHeadersEndHandler(ignored -> {
                    if (unavailable.get()) {
                        request.response().setStatusCode(503).setStatusMessage("Service Unavailable")
                                .putHeader("Retry-After", RETRY_AFTER_SECONDS);
                    }
                });
            }
            request.next();
        }, 100);
    }

    /** Called where an error is translated to UNAVAILABLE; outside a GraphQL request it does nothing. */
    static void raise() {
        if (isDuplicated(Vertx.currentContext())) {
            ContextLocals.<AtomicBoolean>get(FLAG).ifPresent(flag -> flag.set(true));
        }
    }

    private static boolean isDuplicated(Context context) {
        return context != null && io.smallrye.common.vertx.VertxContext.isDuplicatedContext(context);
    }
}
