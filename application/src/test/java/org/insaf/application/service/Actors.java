package org.insaf.application.service;

import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.Agency;

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
    /** A police station of Lahore district, and its investigator (the agency comes with the token). */
    public static final String CIVIL_LINES = "PB-LHR-CIVIL-LINES";
    public static final Actor STATION_INVESTIGATOR = new Actor("inv-civil-lines", Set.of(Role.INVESTIGATOR),
            Optional.of(CIVIL_LINES), Agency.PROVINCIAL_POLICE);
    /** A police investigator whose office code is the Lahore circle's: another agency, so another office. */
    public static final Actor POLICE_OF_LAHORE_CODE = new Actor("inv-police-lahore-code", Set.of(Role.INVESTIGATOR),
            Optional.of(LAHORE), Agency.PROVINCIAL_POLICE);
    public static final Actor NO_ROLES = new Actor("nobody", Set.of(), Optional.of(LAHORE));

    private Actors() {
    }

    public static Actor actor(String id, Role role, String office) {
        return new Actor(id, Set.of(role), Optional.ofNullable(office));
    }
}
