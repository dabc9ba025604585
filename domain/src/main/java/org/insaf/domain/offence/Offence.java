package org.insaf.domain.offence;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteRef;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A charge: one accused, one statute version, the victims it concerns and the facts alleged;
 * later a verdict and, after a conviction, a sentence. The case decides when those may be added
 * (order of proceedings); this value only refuses combinations that can never exist.
 *
 * @param verdict  null until decided
 * @param sentence null unless convicted and sentenced
 */
public record Offence(OffenceId id, PersonId accused, StatuteRef statute, Set<PersonId> victims, OffenceFacts facts,
                      Verdict verdict, Sentence sentence) {

    public Offence {
        InvalidValueException.required(id, "offence id");
        InvalidValueException.required(accused, "accused");
        InvalidValueException.required(statute, "statute");
        InvalidValueException.required(facts, "facts");
        InvalidValueException.check(victims != null && !victims.isEmpty(), "OFFENCE_NAMES_A_VICTIM",
                "a charge names at least one victim");
        victims = Collections.unmodifiableSet(new LinkedHashSet<>(victims));
        InvalidValueException.check(!victims.contains(accused), "OFFENCE_ACCUSED_NOT_OWN_VICTIM",
                "the accused of a charge cannot be a victim of the same charge");
        InvalidValueException.check(sentence == null || (verdict != null && verdict.isConviction()),
                "OFFENCE_SENTENCE_NEEDS_CONVICTION", "only a conviction carries a sentence");
    }

    public static Offence charged(OffenceId id, PersonId accused, StatuteRef statute, Set<PersonId> victims,
                                  OffenceFacts facts) {
        return new Offence(id, accused, statute, victims, facts, null, null);
    }

    public Optional<Verdict> verdictGiven() {
        return Optional.ofNullable(verdict);
    }

    public Optional<Sentence> sentencePassed() {
        return Optional.ofNullable(sentence);
    }

    public boolean isDecided() {
        return verdict != null;
    }

    public boolean isConvicted() {
        return verdict != null && verdict.isConviction();
    }

    public Offence withVerdict(Verdict given) {
        return new Offence(id, accused, statute, victims, facts, given, sentence);
    }

    public Offence withSentence(Sentence passed) {
        return new Offence(id, accused, statute, victims, facts, verdict, passed);
    }
}
