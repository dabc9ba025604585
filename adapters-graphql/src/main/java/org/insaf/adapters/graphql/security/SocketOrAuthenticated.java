package org.insaf.adapters.graphql.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.adapters.graphql.GraphQLEndpoint;

import java.util.Optional;

/**
 * The HTTP permission of {@code /graphql} and the paths beside it: an authenticated caller, as
 * Quarkus' {@code authenticated} policy asks, except that a WebSocket upgrade of {@code /graphql}
 * without credentials is let through when browsers may send their token in the socket's
 * {@code connection_init} (a browser cannot set a header on an upgrade). Such a socket runs
 * nothing until that token is validated (GraphQLSocket); a bad header token is still refused 401
 * before this policy is asked.
 */
@ApplicationScoped
public class SocketOrAuthenticated implements HttpSecurityPolicy {

    public static final String NAME = "authenticated-or-websocket";

    private final boolean tokenInConnectionInit;

    public SocketOrAuthenticated(
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name") Optional<String> tokenField) {
        this.tokenInConnectionInit = tokenField.isPresent();
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        return identity.onItem().transform(caller ->
                !caller.isAnonymous() || tokenInConnectionInit && GraphQLEndpoint.isSocketUpgrade(request) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return NAME;
    }
}
