package org.insaf.bootstrap.security;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.insaf.adapters.graphql.error.UnavailableStatus;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * A request with a bearer token that cannot be checked because Keycloak is unreachable (down since
 * the start, so the OIDC tenant is not initialised, or down now, so a session cannot be rechecked)
 * is answered HTTP 503 with Retry-After and the code IDENTITY_PROVIDER_UNAVAILABLE: GraphQL-shaped
 * JSON on /graphql, a plain line elsewhere. Without this, the first case is a 500. No exception
 * text is answered. Every other authentication failure keeps Quarkus' own answer (401).
 */
@ApplicationScoped
public class IdentityProviderUnavailableResponse {

    public static final String CODE = "IDENTITY_PROVIDER_UNAVAILABLE";

    static final String MESSAGE = "The sign-in service (Keycloak) is not answering at the moment, so the token cannot be"
            + " checked; try again in a few seconds";

    private static final Logger LOG = Logger.getLogger(IdentityProviderUnavailableResponse.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (!explains(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // No token to check: what it always is, whether Keycloak answers or not (the extension,
            // with its tenant not initialised, fails such a request too instead of challenging it).
            context.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer").end();
            return;
        }
        LOG.warnf("Answered 503: Keycloak could not be reached to check a token (%s)", context.failure().getClass().getName());
        boolean graphql = context.normalizedPath().startsWith("/graphql");
        context.response().setStatusCode(503)
                .putHeader("Retry-After", UnavailableStatus.RETRY_AFTER_SECONDS)
                .putHeader(HttpHeaders.CONTENT_TYPE, graphql ? "application/json" : "text/plain;charset=UTF-8")
                .end(graphql
                        ? "{\"errors\":[{\"message\":\"" + MESSAGE + "\",\"extensions\":{\"code\":\"" + CODE + "\"}}]}"
                        : CODE + ": " + MESSAGE);
    }

    /**
     * Whether the failure says Keycloak could not be reached, not that the token is bad: the
     * session recheck's own signal, or, from the OIDC extension, a failure caused by a connection
     * that could not be made or answered (an uninitialised tenant, keys that could not be fetched).
     */
    static boolean explains(Throwable failure) {
        boolean oidc = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IdentityProviderUnreachable) {
                return true;
            }
            oidc |= t instanceof OIDCException;
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof HttpClosedException) {
                return true;
            }
        }
        return oidc;
    }
}
