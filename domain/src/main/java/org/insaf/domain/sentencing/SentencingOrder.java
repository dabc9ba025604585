package org.insaf.domain.sentencing;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The judge's order over every sentence passed on one convicted accused: how their terms are served
 * together (s.35 CrPC), the description of each term and its imprisonment in default of a fine, the
 * days already spent in custody to be credited (s.382-B CrPC) and the compensation to victims
 * (s.544-A CrPC, the PTPA 2018). Each charge keeps its own {@link Sentence}.
 */
public record SentencingOrder(PersonId accused, LocalDate pronouncedOn, List<ChargeDirection> directions,
                              int custodyCreditDays, List<Compensation> compensation) {

    public SentencingOrder {
        InvalidValueException.required(accused, "accused sentenced");
        InvalidValueException.required(pronouncedOn, "date of the sentencing order");
        InvalidValueException.check(directions != null && !directions.isEmpty(), "ORDER_NAMES_A_CHARGE",
                "a sentencing order speaks of at least one conviction");
        directions = List.copyOf(directions);
        Set<OffenceId> charges = new HashSet<>();
        directions.forEach(d -> InvalidValueException.check(charges.add(InvalidValueException.required(d, "direction").charge()),
                "ORDER_CHARGE_ONCE", "the sentencing order speaks of charge " + d.charge() + " twice"));
        InvalidValueException.check(custodyCreditDays >= 0, "CUSTODY_CREDIT_NOT_NEGATIVE",
                "days in custody cannot be negative: " + custodyCreditDays);
        compensation = compensation == null ? List.of() : List.copyOf(compensation);
        Set<String> compensated = new HashSet<>();
        compensation.forEach(c -> InvalidValueException.check(
                compensated.add(InvalidValueException.required(c, "compensation").victim() + "/" + c.under()),
                "ORDER_COMPENSATION_ONCE", "victim " + c.victim() + " is compensated twice under " + c.under()));
    }

    public Optional<ChargeDirection> directionFor(OffenceId charge) {
        return directions.stream().filter(d -> d.charge().equals(charge)).findFirst();
    }

    /**
     * The total term and the release date the order implies, from the sentences on {@code charges}
     * (the accused's charges; others are ignored).
     */
    public EffectiveTerm effectiveTerm(Collection<Offence> charges) {
        Map<Integer, List<Period>> runs = new TreeMap<>();
        boolean lifeOrDeath = false;
        for (Offence charge : charges) {
            Optional<Sentence> sentence = charge.sentencePassed();
            Optional<ChargeDirection> direction = directionFor(charge.id());
            if (sentence.isEmpty() || direction.isEmpty()) {
                continue;
            }
            SentenceKind kind = sentence.get().kind();
            lifeOrDeath |= kind == SentenceKind.IMPRISONMENT_FOR_LIFE || kind == SentenceKind.DEATH;
            Optional<Integer> run = direction.get().runNumber();
            Optional<Period> term = sentence.get().termOfImprisonment();
            if (run.isPresent() && term.isPresent()) {
                runs.computeIfAbsent(run.get(), r -> new ArrayList<>()).add(term.get());
            }
        }
        return EffectiveTerm.of(pronouncedOn, runs, custodyCreditDays, lifeOrDeath);
    }
}
