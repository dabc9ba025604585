package org.insaf.domain.statute;

/**
 * A condition a provision requires beyond act, means and purpose. Each says where the domain
 * finds the answer: in the victims concerned (at the offence date), in the route, or in a fact
 * the prosecution alleges. Constant names are the storage format: never rename.
 */
public enum StatutoryCondition {
    VICTIM_IS_CHILD(Basis.VICTIM, "every victim concerned was a child (under 18) on the offence date"),
    VICTIM_IS_WOMAN_OR_CHILD(Basis.VICTIM, "every victim concerned was a woman or a child on the offence date"),
    VICTIM_IS_GIRL_UNDER_18(Basis.VICTIM, "every victim concerned was a girl under 18 on the offence date"),
    VICTIM_IS_GIRL_UNDER_21(Basis.VICTIM, "every victim concerned was a girl under 21 on the offence date"),
    /** PPC 365B, 493A: "any woman" — a female of any age. */
    VICTIM_IS_WOMAN(Basis.VICTIM, "every victim concerned is female"),
    /**
     * PTPA 2018 s.3's general penalty: the victim is neither a woman nor a child (an adult man, in
     * the words of the TIP reports; the aggravation names women and children only, so a transgender
     * or intersex adult falls here too). The complement of VICTIM_IS_WOMAN_OR_CHILD, so the two never
     * both apply to one victim; an unknown sex or age meets neither.
     */
    VICTIM_IS_NEITHER_WOMAN_NOR_CHILD(Basis.VICTIM,
            "every victim concerned was an adult (18 or over) on the offence date and is recorded as not female"),
    BROUGHT_INTO_PAKISTAN(Basis.ROUTE, "the victim was brought into Pakistan from a foreign country"),
    HABITUAL_DEALING(Basis.ALLEGED_FACT, "the accused habitually deals in persons"),
    FOR_FINANCIAL_OR_MATERIAL_BENEFIT(Basis.ALLEGED_FACT, "the accused acted for a financial or other material benefit");

    /** Where the answer to a condition comes from. */
    public enum Basis { VICTIM, ROUTE, ALLEGED_FACT }

    private final Basis basis;
    private final String description;

    StatutoryCondition(Basis basis, String description) {
        this.basis = basis;
        this.description = description;
    }

    public Basis basis() {
        return basis;
    }

    public String describe() {
        return description;
    }
}
