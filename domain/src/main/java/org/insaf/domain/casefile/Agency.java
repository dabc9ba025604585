package org.insaf.domain.casefile;

/**
 * The agency whose office investigates a case: the FIA (its circles), or the provincial police (a
 * police station), which investigates trafficking inside Pakistan under the PTPA 2018 (statutes.md
 * correction 14). Storage format and API values: never rename.
 */
public enum Agency {
    FIA("the FIA"),
    PROVINCIAL_POLICE("the provincial police");

    private final String description;

    Agency(String description) {
        this.description = description;
    }

    public String describe() {
        return description;
    }
}
