package org.insaf.application.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The roles of the people who use Insaf, as the identity provider grants them. */
public enum Role {
    INVESTIGATOR,
    PROSECUTOR,
    JUDGE,
    ANALYST,
    ADMIN,
    /** Reads the audit trail of any case, and nothing else of it. */
    AUDITOR;

    private static final Map<String, Role> BY_REALM_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(r -> r.name().toLowerCase(Locale.ROOT), Function.identity()));

    /**
     * The Insaf roles among the realm roles a token grants (named in lower case, e.g. "judge");
     * every other role of the realm is ignored. Every adapter reads a caller's roles through this.
     */
    public static Set<Role> granted(Collection<String> realmRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        realmRoles.stream().map(BY_REALM_NAME::get).filter(r -> r != null).forEach(roles::add);
        return Set.copyOf(roles);
    }
}
