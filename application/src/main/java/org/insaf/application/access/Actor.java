package org.insaf.application.access;

import org.insaf.domain.casefile.Agency;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks: the application decides what an actor may do; adapters only build the actor from
 * whatever proves the caller's identity (a token, a test fixture).
 *
 * @param userId stable id of the person at the identity provider
 * @param roles  the roles granted; may be empty (then the actor may do nothing)
 * @param office the code of the office (FIA circle, police station) or court the person works in, where one is recorded
 * @param agency the agency of that office: the FIA unless the identity provider says otherwise
 */
public record Actor(String userId, Set<Role> roles, Optional<String> office, Agency agency) {

    /** A person of the FIA, as every user was before police stations were recorded. */
    public Actor(String userId, Set<Role> roles, Optional<String> office) {
        this(userId, roles, office, Agency.FIA);
    }

    public Actor {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("an actor needs a user id");
        }
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        office = Objects.requireNonNull(office, "office").filter(o -> !o.isBlank());
        Objects.requireNonNull(agency, "agency");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole() {
        return !roles.isEmpty();
    }
}
