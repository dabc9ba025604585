package org.insaf.domain.statute;

import java.util.Locale;

/**
 * The purpose element: the form of exploitation intended. HTCDS/CTDC "type of exploitation"
 * plus the forms the seed names (bonded labour, domestic servitude) and the PPC's terms
 * (prostitution, slavery). Constant names are the storage format: never rename.
 */
public enum Purpose {
    FORCED_LABOUR(null),
    SEXUAL_EXPLOITATION(null),
    CHILD_LABOUR(null),
    FORCED_MARRIAGE(null),
    SERVITUDE(null),
    FORCED_MILITARY_BY_NON_STATE_ACTORS(null),
    ORGAN_REMOVAL(null),
    FORCED_BEGGING(null),
    FORCED_ADOPTION(null),
    SURROGACY(null),
    OTHER(null),
    /** statutes.md: "bonded labour — a form of forced labour by debt". */
    BONDED_LABOUR(FORCED_LABOUR),
    DOMESTIC_SERVITUDE(SERVITUDE),
    PROSTITUTION(SEXUAL_EXPLOITATION),
    SLAVERY(null);

    private final Purpose broader;

    Purpose(Purpose broader) {
        this.broader = broader;
    }

    /**
     * True when facts showing this purpose meet a statute requiring {@code required}: the same
     * purpose, or a narrower form of it (prostitution is sexual exploitation; not the reverse).
     */
    public boolean meets(Purpose required) {
        return this == required || broader == required;
    }

    public String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
