package org.insaf.application.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks: the application decides what an actor may do; adapters only build the actor from
 * whatever proves the caller's identity (a token, a test fixture).
 *
 * @param userId stable id of the person at the identity provider
 * @param roles  the roles granted; may be empty (then the actor may do nothing)
 * @param office the FIA office (circle) or court the person works in, where one is recorded
 */
public record Actor(String userId, Set<Role> roles, Optional<String> office) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("an actor needs a user id");
        }
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        office = Objects.requireNonNull(office, "office").filter(o -> !o.isBlank());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole() {
        return !roles.isEmpty();
    }
}
