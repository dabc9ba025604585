package org.insaf.adapters.graphql.engine;

import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.logging.Logger;

import java.lang.reflect.Method;

/**
 * Quarkus' graceful shutdown waits for the HTTP requests in flight, counting each until its response
 * ends or its connection closes. A WebSocket's upgrade request does neither in Quarkus' sense (Vert.x
 * takes the connection over and replaces the handler that would tell), so it stays counted for the
 * life of the instance: after one socket, every graceful stop waited the whole
 * {@code quarkus.shutdown.timeout} and then cut the requests still in flight (the fleet run,
 * bench/fleet.sh, checks a stop drains). Once the upgrade has settled the request is over, and it is
 * told so here.
 * <p>
 * Quarkus offers no public way to say it: its request wrapper's {@code done()} is package-private,
 * so it is called reflectively. Should a later Quarkus rename it, this logs once and the stops wait
 * out their timeout again, which the fleet run then reports.
 */
final class UpgradeRequests {

    private static final Logger LOG = Logger.getLogger(UpgradeRequests.class);
    private static final Method DONE = done();

    private UpgradeRequests() {
    }

    private static Method done() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Quarkus' request wrapper has no done(): a WebSocket's upgrade will hold up graceful shutdowns (%s)", e);
            return null;
        }
    }

    /** The upgrade of {@code request} has succeeded or failed: graceful shutdown need not wait for it. */
    static void settled(HttpServerRequest request) {
        if (DONE == null) {
            return;
        }
        try {
            DONE.invoke(QuarkusRequestWrapper.get(request));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Could not mark a WebSocket upgrade request done: %s", e);
        }
    }
}
