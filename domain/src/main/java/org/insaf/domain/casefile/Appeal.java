package org.insaf.domain.casefile;

import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Sentence;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An appeal (ss.410, 417 CrPC; Article 185 of the Constitution) or a criminal revision (ss.435-439
 * CrPC) against the judgment as it concerns one accused, and what became of it: filed, admitted or
 * dismissed in limine (s.421), decided (s.423), and the sentence suspended pending it (s.426).
 *
 * @param judgmentOn          the day of the judgment appealed against: the trial court's last verdict or
 *                            sentence on the accused, or the High Court's decision for the Supreme Court
 * @param admission           null until the court admits the appeal or dismisses it in limine
 * @param decision            null until decided on its merits
 * @param sentenceSuspendedOn the day the appellate court suspended the sentence and released the convict on bail
 * @param convictionsSetAside the charges on which the accused stood convicted when the decision set their
 *                            conviction aside (an acquittal on appeal or a retrial ordered); empty otherwise.
 *                            Kept because a retrial clears the verdicts the figures must still see set aside.
 */
public record Appeal(AppealId id, PersonId accused, AppealKind kind, Appellant appellant, AppealAgainst against, AppellateForum forum,
                     LocalDate filedOn, LocalDate judgmentOn, String grounds, Admission admission, Decision decision,
                     LocalDate sentenceSuspendedOn, List<OffenceId> convictionsSetAside) {

    /** Storage format: never rename. */
    public enum AppealKind { APPEAL, REVISION }

    /** Who appeals: the convict (s.410), or the State through the Provincial Government (s.417). Storage format. */
    public enum Appellant { CONVICT, STATE }

    /** What the appeal is against. Storage format: never rename. */
    public enum AppealAgainst {
        CONVICTION, SENTENCE, ACQUITTAL,
        /** The State asks for the sentence to be enhanced (s.417; s.439(1) with s.423(1)(b) CrPC). */
        INADEQUATE_SENTENCE
    }

    /** Storage format: never rename. */
    public enum AppellateForum { HIGH_COURT, SUPREME_COURT }

    /** What the appellate court decided (s.423 CrPC). Storage format: never rename. */
    public enum AppealOutcome {
        /** The appeal fails: the conviction (or acquittal, or sentence) appealed against stands. */
        APPEAL_DISMISSED,
        SENTENCE_REDUCED,
        SENTENCE_ENHANCED,
        /** The conviction is set aside and the accused acquitted. */
        ACQUITTED_ON_APPEAL,
        /** The acquittal is reversed and the appellate court passes sentence. */
        CONVICTED_ON_APPEAL,
        /** The judgment is set aside and the accused is tried again by the trial court. */
        RETRIAL_ORDERED
    }

    /** The appeal admitted to be heard, or dismissed summarily (in limine, s.421 CrPC) with the reason. */
    public record Admission(boolean admitted, LocalDate on, String reason) {
        public Admission {
            InvalidValueException.required(on, "date of the admission order");
            reason = reason == null || reason.isBlank() ? null : reason.strip();
            InvalidValueException.check(admitted || reason != null, "APPEAL_DISMISSAL_REASON",
                    "a dismissal in limine records the court's reason");
        }
    }

    /** A sentence the appellate court passes on one charge, replacing the one before (or the first, on conviction). */
    public record AppellateSentence(OffenceId charge, Sentence sentence) {
        public AppellateSentence {
            InvalidValueException.required(charge, "charge sentenced on appeal");
            InvalidValueException.required(sentence, "sentence on appeal");
        }
    }

    /** The decision on the merits; a reduced, enhanced or appellate conviction names the sentences it passes. */
    public record Decision(AppealOutcome outcome, LocalDate on, List<AppellateSentence> sentences) {
        public Decision {
            InvalidValueException.required(outcome, "outcome of the appeal");
            InvalidValueException.required(on, "date of the appellate decision");
            sentences = sentences == null ? List.of() : List.copyOf(sentences);
            Set<OffenceId> charges = new HashSet<>();
            sentences.forEach(s -> InvalidValueException.check(
                    charges.add(InvalidValueException.required(s, "sentence on appeal").charge()),
                    "APPEAL_SENTENCE_ONCE", "the decision sentences charge " + s.charge() + " twice"));
            boolean passesSentence = outcome == AppealOutcome.SENTENCE_REDUCED || outcome == AppealOutcome.SENTENCE_ENHANCED
                    || outcome == AppealOutcome.CONVICTED_ON_APPEAL;
            InvalidValueException.check(passesSentence != sentences.isEmpty(), "APPEAL_SENTENCES",
                    passesSentence ? "a decision " + outcome + " names the sentence it passes on each charge it changes"
                            : "a decision " + outcome + " passes no sentence");
            sentences.forEach(s -> InvalidValueException.check(s.sentence().pronouncedOn().equals(on),
                    "APPEAL_SENTENCES", "a sentence on appeal is pronounced on the day of the decision (" + on + ")"));
        }

        public Optional<Sentence> sentenceFor(OffenceId charge) {
            return sentences.stream().filter(s -> s.charge().equals(charge)).map(AppellateSentence::sentence).findFirst();
        }
    }

    /** What an appellant files; the case adds the date of the judgment appealed against. */
    public record Filing(AppealId id, PersonId accused, AppealKind kind, Appellant appellant, AppealAgainst against, AppellateForum forum,
                         LocalDate filedOn, String grounds) {
        public Filing {
            InvalidValueException.required(id, "appeal id");
            InvalidValueException.required(accused, "accused");
            InvalidValueException.required(kind, "kind of appeal");
            InvalidValueException.required(appellant, "appellant");
            InvalidValueException.required(against, "what the appeal is against");
            InvalidValueException.required(forum, "appellate court");
            InvalidValueException.required(filedOn, "date the appeal was filed");
            grounds = InvalidValueException.requiredText(grounds, "grounds of appeal");
        }

        public Appeal against(LocalDate judgmentOn) {
            return new Appeal(id, accused, kind, appellant, against, forum, filedOn, judgmentOn, grounds, null, null,
                    null, List.of());
        }
    }

    public Appeal {
        // What was filed is checked as a filing is.
        grounds = new Filing(id, accused, kind, appellant, against, forum, filedOn, grounds).grounds();
        InvalidValueException.required(judgmentOn, "date of the judgment appealed against");
        InvalidValueException.check(decision == null || admission != null && admission.admitted(), "APPEAL_DECISION",
                "only an admitted appeal is decided on its merits");
        convictionsSetAside = convictionsSetAside == null ? List.of() : List.copyOf(convictionsSetAside);
        InvalidValueException.check(convictionsSetAside.isEmpty() || decision != null
                        && (decision.outcome() == AppealOutcome.ACQUITTED_ON_APPEAL || decision.outcome() == AppealOutcome.RETRIAL_ORDERED),
                "APPEAL_DECISION", "only an acquittal on appeal or a retrial sets convictions aside");
    }

    public Optional<Admission> admitted() {
        return Optional.ofNullable(admission);
    }

    public Optional<Decision> decided() {
        return Optional.ofNullable(decision);
    }

    public Optional<LocalDate> suspension() {
        return Optional.ofNullable(sentenceSuspendedOn);
    }

    /** Filed, or admitted and not yet decided. */
    public boolean isPending() {
        return admission == null || admission.admitted() && decision == null;
    }

    public boolean isDismissedInLimine() {
        return admission != null && !admission.admitted();
    }

    /** The day it ended: decided, or dismissed in limine. */
    public Optional<LocalDate> finalOn() {
        return decision != null ? Optional.of(decision.on())
                : isDismissedInLimine() ? Optional.of(admission.on()) : Optional.empty();
    }

    /**
     * The last day to file it, where the law fixes one (see {@link AppealPolicy#limitationDays}); a late
     * filing is shown, not refused: the court may condone the delay (s.5 Limitation Act 1908).
     */
    public Optional<LocalDate> limitationEndsOn() {
        return AppealPolicy.limitationDays(this).map(judgmentOn::plusDays);
    }

    public boolean filedOutOfTime() {
        return limitationEndsOn().map(filedOn::isAfter).orElse(false);
    }

    public Appeal withAdmission(Admission order) {
        return new Appeal(id, accused, kind, appellant, against, forum, filedOn, judgmentOn, grounds, order, decision,
                sentenceSuspendedOn, convictionsSetAside);
    }

    /**
     * @param setAside the charges the accused stood convicted on just before, when the decision sets
     *                 convictions aside (ignored for any other outcome)
     */
    public Appeal withDecision(Decision given, List<OffenceId> setAside) {
        boolean setsAside = given.outcome() == AppealOutcome.ACQUITTED_ON_APPEAL
                || given.outcome() == AppealOutcome.RETRIAL_ORDERED;
        return new Appeal(id, accused, kind, appellant, against, forum, filedOn, judgmentOn, grounds, admission, given,
                sentenceSuspendedOn, setsAside ? setAside : List.of());
    }

    public Appeal withSentenceSuspended(LocalDate on) {
        return new Appeal(id, accused, kind, appellant, against, forum, filedOn, judgmentOn, grounds, admission, decision,
                on, convictionsSetAside);
    }
}
