package org.insaf.domain.statute;

import java.util.Locale;

/**
 * The purpose element: the form of exploitation intended. HTCDS/CTDC "type of exploitation"
 * plus the forms the seed names (bonded labour, domestic servitude) and the PPC's terms
 * (prostitution, slavery). Which words meet which element of a statute: {@link ElementDefinitions}.
 * Constant names are the storage format: never rename.
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

    public String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
