package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.sentencing.EffectiveTerm;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One accused's charges and appeals read together: the appeals that bear on the judgment in force
 * (those since their last retrial), and the charges, sentences and term as the latest final decision
 * left them. A pure function of the case's values, so the case and its read view answer alike.
 */
public final class AppellateHistory {

    private final List<Offence> charges;
    private final List<Appeal> current;
    private final Optional<SentencingOrder> order;

    /**
     * @param charges the accused's charges as the trial court left them
     * @param appeals every appeal of the case (others' are ignored), in the order filed
     * @param order   the accused's sentencing order, if any
     */
    public AppellateHistory(PersonId accused, List<Offence> charges, List<Appeal> appeals,
                            Optional<SentencingOrder> order) {
        this.charges = charges.stream().filter(c -> c.accused().equals(accused)).toList();
        this.order = order;
        List<Appeal> since = new ArrayList<>();
        for (Appeal appeal : appeals) {
            if (!appeal.accused().equals(accused)) {
                continue;
            }
            if (appeal.decided().filter(d -> d.outcome() == Appeal.AppealOutcome.RETRIAL_ORDERED).isPresent()) {
                since.clear();
            } else {
                since.add(appeal);
            }
        }
        this.current = List.copyOf(since);
    }

    /** The accused's appeals since their last retrial was ordered, in the order filed. */
    public List<Appeal> current() {
        return current;
    }

    /**
     * The charges as the latest final decision left them: each appeal decided since the last retrial,
     * in the order filed (a sentence reduced or enhanced, a conviction set aside, an acquittal reversed).
     */
    public List<Offence> effectiveCharges() {
        List<Offence> effective = new ArrayList<>(charges);
        for (Appeal appeal : current) {
            if (appeal.decision() == null) {
                continue;
            }
            Appeal.Decision d = appeal.decision();
            effective.replaceAll(c -> switch (d.outcome()) {
                case SENTENCE_REDUCED, SENTENCE_ENHANCED -> d.sentenceFor(c.id()).map(c::withSentence).orElse(c);
                case ACQUITTED_ON_APPEAL -> c.isConvicted() ? new Offence(c.id(), c.accused(), c.statute(), c.victims(),
                        c.facts(), new Verdict(VerdictOutcome.ACQUITTED, d.on()), null) : c;
                case CONVICTED_ON_APPEAL -> d.sentenceFor(c.id()).map(s -> new Offence(c.id(), c.accused(), c.statute(),
                        c.victims(), c.facts(), new Verdict(VerdictOutcome.CONVICTED, d.on()), s)).orElse(c);
                case APPEAL_DISMISSED, RETRIAL_ORDERED -> c;
            });
        }
        return List.copyOf(effective);
    }

    /**
     * The total term and release date the sentences in force imply: the sentencing order's over the
     * effective charges; after a conviction on appeal, the appellate court's terms one after another
     * from its decision (s.35 CrPC), no credit recorded. Empty when no conviction stands, or no order
     * gives the terms.
     */
    public Optional<EffectiveTerm> effectiveTerm() {
        List<Offence> effective = effectiveCharges();
        if (effective.stream().noneMatch(Offence::isConvicted)) {
            return Optional.empty();
        }
        Optional<Appeal.Decision> convictedOnAppeal = current.stream().flatMap(a -> a.decided().stream())
                .filter(d -> d.outcome() == Appeal.AppealOutcome.CONVICTED_ON_APPEAL).reduce((first, second) -> second);
        if (convictedOnAppeal.isPresent()) {
            Map<Integer, List<Period>> runs = new TreeMap<>();
            boolean lifeOrDeath = false;
            for (Offence charge : effective) {
                Optional<Sentence> sentence = charge.sentencePassed();
                if (sentence.isPresent()) {
                    SentenceKind kind = sentence.get().kind();
                    lifeOrDeath |= kind == SentenceKind.IMPRISONMENT_FOR_LIFE || kind == SentenceKind.DEATH;
                    sentence.get().termOfImprisonment().ifPresent(t -> runs.put(runs.size() + 1, List.of(t)));
                }
            }
            return Optional.of(EffectiveTerm.of(convictedOnAppeal.get().on(), runs, 0, lifeOrDeath));
        }
        return order.map(o -> o.effectiveTerm(effective));
    }
}
