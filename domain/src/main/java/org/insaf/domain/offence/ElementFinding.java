package org.insaf.domain.offence;

/**
 * One element of a provision held against the facts: what the law requires, whether the facts
 * meet it, and why — e.g. requirement "one of the means: force, coercion, fraud", not met,
 * "none of them is alleged (the facts allege: payment to person in control)".
 */
public record ElementFinding(ElementKind kind, String requirement, boolean met, String explanation) {

    public String describe() {
        return requirement + " — " + explanation;
    }
}
