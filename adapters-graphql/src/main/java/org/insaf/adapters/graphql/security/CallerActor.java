package org.insaf.adapters.graphql.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.Agency;

import java.security.Principal;
import java.util.Arrays;
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
        Optional<Agency> agency = agency(principal);
        return new Actor(userId, roles, agency.isPresent() ? office : Optional.empty(), agency.orElse(Agency.FIA));
    }

    /**
     * The agency claim of the token: absent, the FIA (every user before police stations were
     * recorded); a value Insaf does not know gives an actor of no office at all, never another agency's.
     */
    private static Optional<Agency> agency(Principal principal) {
        if (!(principal instanceof JsonWebToken jwt) || jwt.getClaim("agency") == null) {
            return Optional.of(Agency.FIA);
        }
        String claimed = String.valueOf(jwt.<Object>getClaim("agency"));
        return Arrays.stream(Agency.values()).filter(a -> a.name().equals(claimed)).findFirst();
    }
}
