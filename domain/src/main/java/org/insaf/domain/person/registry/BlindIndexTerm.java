package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;

/**
 * One normalised fact about a victim that another case may share: a CNIC, a passport, a phone, or a
 * name with the father's name. Never stored as such: the persistence adapter keeps only a keyed hash
 * of {@link #text()}, so that cases are matched by equality without decrypting any victim.
 *
 * @param reason what an equal term in another case shows
 * @param text   the normalised value, prefixed by its kind so that equal digits of a phone and of a CNIC never meet
 */
public record BlindIndexTerm(MatchReason reason, String text) {

    public BlindIndexTerm {
        InvalidValueException.required(reason, "match reason");
        InvalidValueException.requiredText(text, "term");
    }

    @Override
    public String toString() {
        // The text is a victim's particular: never print it.
        return "BlindIndexTerm[" + reason + "]";
    }
}
