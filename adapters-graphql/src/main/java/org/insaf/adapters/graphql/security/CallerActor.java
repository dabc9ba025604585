package org.insaf.adapters.graphql.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Translates the caller's verified token into the application's {@link Actor}: the subject, the
 * realm roles Insaf knows (others are ignored), and the office claim. Nothing is decided here.
 */
@RequestScoped
public class CallerActor {

    private final SecurityIdentity identity;

    public CallerActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The actor of the current request. */
    public Actor actor() {
        Principal principal = identity.getPrincipal();
        String userId = principal instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject() : principal.getName();
        Set<Role> roles = Role.granted(identity.getRoles());
        Optional<String> office = principal instanceof JsonWebToken jwt
                ? Optional.ofNullable(jwt.<String>getClaim("office")) : Optional.empty();
        return new Actor(userId, roles, office);
    }
}
