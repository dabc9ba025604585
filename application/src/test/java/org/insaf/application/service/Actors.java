package org.insaf.application.service;

import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;

import java.util.Optional;
import java.util.Set;

/** The people of the test stories. Offices are FIA circle names, as the access rules compare them. */
public final class Actors {

    public static final String LAHORE = "AHTC Lahore";
    public static final String KARACHI = "AHTC Karachi";

    /** Registers the story's case, so leads it. */
    public static final Actor LEAD = actor("inv-lahore-lead", Role.INVESTIGATOR, LAHORE);
    /** Another investigator of the same office: may act on the case, may not read identities. */
    public static final Actor COLLEAGUE = actor("inv-lahore-2", Role.INVESTIGATOR, LAHORE);
    /** An investigator of another office, not leading the case. */
    public static final Actor OUTSIDER = actor("inv-karachi", Role.INVESTIGATOR, KARACHI);
    public static final Actor PROSECUTOR = actor("pros-assigned", Role.PROSECUTOR, null);
    public static final Actor OTHER_PROSECUTOR = actor("pros-other", Role.PROSECUTOR, null);
    public static final Actor JUDGE = actor("judge-assigned", Role.JUDGE, null);
    public static final Actor OTHER_JUDGE = actor("judge-other", Role.JUDGE, null);
    public static final Actor ADMIN = actor("admin-1", Role.ADMIN, null);
    public static final Actor ANALYST = actor("analyst-1", Role.ANALYST, null);
    public static final Actor AUDITOR = actor("auditor-1", Role.AUDITOR, null);
    public static final Actor NO_ROLES = new Actor("nobody", Set.of(), Optional.of(LAHORE));

    private Actors() {
    }

    public static Actor actor(String id, Role role, String office) {
        return new Actor(id, Set.of(role), Optional.ofNullable(office));
    }
}
