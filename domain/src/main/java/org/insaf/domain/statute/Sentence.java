package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.Rupees;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A sentence as pronounced: its date, the custodial part (a term, life, death, or none) and the
 * fine, if any. The date matters: a term is measured from it, so "7 years and 1 day" is compared
 * with "7 years" on the real calendar rather than by counting 30-day months.
 */
public record Sentence(LocalDate pronouncedOn, SentenceKind kind, Period term, Rupees fine) {

    public Sentence {
        InvalidValueException.required(pronouncedOn, "sentence date");
        InvalidValueException.required(kind, "kind of sentence");
        if (kind == SentenceKind.IMPRISONMENT_FOR_A_TERM) {
            InvalidValueException.required(term, "term of imprisonment");
            // Checked before normalizing: 7 years and -1 month would otherwise pass as 6 years 11 months.
            InvalidValueException.check(!term.isNegative() && !term.isZero(), "SENTENCE_TERM_POSITIVE",
                    "a term of imprisonment must be longer than zero and have no negative part: " + term);
            term = term.normalized();
        } else {
            InvalidValueException.check(term == null, "SENTENCE_TERM_ONLY_FOR_TERM_IMPRISONMENT",
                    "only imprisonment for a term has a length; " + kind + " has none");
        }
        InvalidValueException.check(fine == null || fine.amount() > 0, "SENTENCE_FINE_POSITIVE",
                "a fine must be more than PKR 0; leave it out when there is none");
        InvalidValueException.check(kind != SentenceKind.FINE_ONLY || fine != null, "SENTENCE_FINE_ONLY_NEEDS_FINE",
                "a sentence of a fine alone must state the fine");
    }

    public static Sentence imprisonment(LocalDate pronouncedOn, Period term) {
        return new Sentence(pronouncedOn, SentenceKind.IMPRISONMENT_FOR_A_TERM, term, null);
    }

    public static Sentence lifeImprisonment(LocalDate pronouncedOn) {
        return new Sentence(pronouncedOn, SentenceKind.IMPRISONMENT_FOR_LIFE, null, null);
    }

    public static Sentence death(LocalDate pronouncedOn) {
        return new Sentence(pronouncedOn, SentenceKind.DEATH, null, null);
    }

    public static Sentence fineOnly(LocalDate pronouncedOn, Rupees fine) {
        return new Sentence(pronouncedOn, SentenceKind.FINE_ONLY, null, fine);
    }

    public Sentence withFine(Rupees amount) {
        return new Sentence(pronouncedOn, kind, term, amount);
    }

    public Optional<Period> termOfImprisonment() {
        return Optional.ofNullable(term);
    }

    public Optional<Rupees> fineAmount() {
        return Optional.ofNullable(fine);
    }

    public String describe() {
        String custody = switch (kind) {
            case IMPRISONMENT_FOR_A_TERM -> Terms.describe(term);
            case IMPRISONMENT_FOR_LIFE -> "imprisonment for life";
            case DEATH -> "death";
            case FINE_ONLY -> "no imprisonment";
        };
        return fine == null ? custody : custody + " and a fine of " + fine;
    }
}
