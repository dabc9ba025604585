package org.insaf.adapters.graphql;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Which HTTP requests are addressed to {@code /graphql}, and which of them open its WebSocket: one
 * answer for the HTTP permission (SocketOrAuthenticated), the socket's upgrade (GraphQLSocket) and
 * admission control, so that they never disagree about a request.
 */
public final class GraphQLEndpoint {

    private GraphQLEndpoint() {
    }

    /** The request's path is {@code /graphql} (with or without its trailing slash). */
    public static boolean isAddressed(RoutingContext rc) {
        String path = rc.normalizedPath();
        return path.equals("/graphql") || path.equals("/graphql/");
    }

    /** The request asks to be upgraded to a WebSocket, whatever its path and method. */
    public static boolean asksForWebSocket(RoutingContext rc) {
        return rc.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }

    /** The WebSocket upgrade of {@code /graphql}: a GET to it asking for a WebSocket. */
    public static boolean isSocketUpgrade(RoutingContext rc) {
        return rc.request().method() == HttpMethod.GET && isAddressed(rc) && asksForWebSocket(rc);
    }
}
