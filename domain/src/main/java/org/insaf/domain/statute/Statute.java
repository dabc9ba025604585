package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PolicyDecision;

import java.time.LocalDate;
import java.util.Set;

/**
 * One version of an offence-creating provision. Statutes are reference data: a migration loads
 * them, so everything here is built from plain values and validates itself. A provision amended
 * over time has several versions with the same code, numbered from 1, whose in-force periods
 * do not overlap ({@link StatuteCatalogue} checks that).
 *
 * @param source provenance and confidence (V, V2, U) as in statutes.md, kept honest so that a
 *               correcting migration knows what to correct
 */
public record Statute(StatuteCode code, int version, String act, String section, String title,
                      OffenceCategory category, TerritorialScope scope, StatuteElements elements,
                      Penalty penalty, InForcePeriod inForce, Procedure procedure, String source) {

    public Statute {
        InvalidValueException.required(code, "statute code");
        InvalidValueException.check(version >= 1, "STATUTE_VERSION_POSITIVE",
                "statute versions are numbered from 1, not " + version);
        act = InvalidValueException.requiredText(act, "act");
        section = InvalidValueException.requiredText(section, "section");
        title = InvalidValueException.requiredText(title, "title");
        InvalidValueException.required(category, "offence category");
        InvalidValueException.required(scope, "territorial scope");
        InvalidValueException.required(elements, "elements");
        InvalidValueException.required(penalty, "penalty");
        InvalidValueException.required(inForce, "in-force period");
        InvalidValueException.required(procedure, "procedure");
        source = source == null ? "" : source.strip();
    }

    public StatuteRef ref() {
        return new StatuteRef(code, version);
    }

    public boolean isInForceOn(LocalDate date) {
        return inForce.includes(date);
    }

    public boolean reaches(boolean transnational) {
        return scope.reaches(transnational);
    }

    /** Invariant 4 for this provision: is the sentence inside its range? */
    public PolicyDecision assess(Sentence sentence) {
        return penalty.assess(sentence, code.value());
    }

    /** Invariant 4 for an offence whose facts allege {@code purposes} (some penalties depend on them). */
    public PolicyDecision assess(Sentence sentence, Set<Purpose> purposes) {
        return penalty.assess(sentence, code.value(), purposes);
    }
}
