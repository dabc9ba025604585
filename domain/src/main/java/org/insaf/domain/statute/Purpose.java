package org.insaf.domain.statute;

import java.util.Locale;

/**
 * The purpose element: the form of exploitation intended. HTCDS/CTDC "type of exploitation"
 * plus the forms the seed names (bonded labour, domestic servitude) and the PPC's terms
 * (prostitution, slavery). Constant names are the storage format: never rename.
 */
public enum Purpose {
    FORCED_LABOUR,
    SEXUAL_EXPLOITATION,
    CHILD_LABOUR,
    FORCED_MARRIAGE,
    SERVITUDE,
    FORCED_MILITARY_BY_NON_STATE_ACTORS,
    ORGAN_REMOVAL,
    FORCED_BEGGING,
    FORCED_ADOPTION,
    SURROGACY,
    OTHER,
    /** statutes.md: "bonded labour — a form of forced labour by debt". */
    BONDED_LABOUR,
    DOMESTIC_SERVITUDE,
    PROSTITUTION,
    SLAVERY;

    /**
     * The broader form this one is a kind of, or null. A method, not a field: an enum's instance
     * field of its own type would be read by schema tools (SmallRye GraphQL) as one more value.
     */
    private Purpose broader() {
        return switch (this) {
            case BONDED_LABOUR -> FORCED_LABOUR;
            case DOMESTIC_SERVITUDE -> SERVITUDE;
            case PROSTITUTION -> SEXUAL_EXPLOITATION;
            default -> null;
        };
    }

    /**
     * True when facts showing this purpose meet a statute requiring {@code required}: the same
     * purpose, or a narrower form of it (prostitution is sexual exploitation; not the reverse).
     */
    public boolean meets(Purpose required) {
        return this == required || broader() == required;
    }

    public String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
