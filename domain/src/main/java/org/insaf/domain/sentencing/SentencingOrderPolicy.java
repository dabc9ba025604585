package org.insaf.domain.sentencing;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Penalty;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.Terms;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a sentencing order fits the convictions it speaks of: it comes once every charge of the
 * accused is decided and every conviction sentenced; it speaks of each conviction once and of nothing
 * else; terms, and only terms, get a run and a description; imprisonment in default of a fine follows
 * a fine and is at most a quarter of the maximum term of the offence (PPC s.65); custody is credited
 * only from the offence on (s.382-B CrPC); compensation goes to victims of the convictions, under the
 * PTPA only for a conviction under it.
 */
public final class SentencingOrderPolicy {

    /** PPC s.57: imprisonment for life is reckoned as twenty-five years in fractions of terms. */
    static final Period LIFE_RECKONED_AS = Period.ofYears(25);

    /** The act whose own compensation can be ordered (CompensationLaw.PTPA_2018); its amended versions too. */
    public static final String PTPA = "Prevention of Trafficking in Persons Act 2018";

    /**
     * @param charges  every charge of the accused in the case
     * @param statutes the statute version each charge cites
     */
    public PolicyDecision assess(SentencingOrder order, List<Offence> charges, Function<Offence, Statute> statutes) {
        List<Offence> convictions = charges.stream().filter(Offence::isConvicted).toList();
        return complete(charges, convictions)
                .and(() -> coversConvictions(order, charges, convictions))
                .and(() -> convictions.stream().map(c -> direction(order, c, statutes.apply(c)))
                        .filter(d -> !d.isAllowed()).findFirst().orElse(PolicyDecision.allow()))
                .and(() -> credit(order, charges))
                .and(() -> compensation(order, convictions, statutes));
    }

    private static PolicyDecision complete(List<Offence> charges, List<Offence> convictions) {
        String open = codes(charges.stream().filter(o -> !o.isDecided()).toList());
        if (!open.isEmpty()) {
            return refuse(Rule.SENTENCING_ORDER, "the sentencing order comes when every charge of the accused has its"
                    + " verdict; still open: " + open);
        }
        if (convictions.isEmpty()) {
            return refuse(Rule.SENTENCING_ORDER, "the accused was convicted of no charge: there is nothing to sentence");
        }
        String unsentenced = codes(convictions.stream().filter(o -> o.sentencePassed().isEmpty()).toList());
        return unsentenced.isEmpty() ? PolicyDecision.allow() : refuse(Rule.SENTENCING_ORDER,
                "the sentencing order comes when every conviction has its sentence; not yet sentenced: " + unsentenced);
    }

    private static PolicyDecision coversConvictions(SentencingOrder order, List<Offence> charges, List<Offence> convictions) {
        for (ChargeDirection d : order.directions()) {
            if (convictions.stream().noneMatch(c -> c.id().equals(d.charge()))) {
                return refuse(Rule.SENTENCING_ORDER, "charge " + d.charge() + " is not a conviction of this accused"
                        + (charges.stream().anyMatch(c -> c.id().equals(d.charge())) ? "" : " in this case"));
            }
        }
        String missing = codes(convictions.stream().filter(c -> order.directionFor(c.id()).isEmpty()).toList());
        return missing.isEmpty() ? PolicyDecision.allow() : refuse(Rule.SENTENCING_ORDER,
                "the sentencing order must speak of every conviction of the accused; it omits " + missing);
    }

    private static PolicyDecision direction(SentencingOrder order, Offence conviction, Statute statute) {
        ChargeDirection d = order.directionFor(conviction.id()).orElseThrow();
        Sentence sentence = conviction.sentence();
        boolean term = sentence.kind() == SentenceKind.IMPRISONMENT_FOR_A_TERM;
        if (term != d.runNumber().isPresent()) {
            return refuse(Rule.SENTENCING_ORDER, term
                    ? "the term under " + conviction.statute().code() + " needs its run (s.35 CrPC) and its description"
                    : "only a term of imprisonment is served in a run; the sentence under " + conviction.statute().code()
                    + " is " + sentence.describe());
        }
        if (d.defaultTerm().isEmpty()) {
            return PolicyDecision.allow();
        }
        if (sentence.fineAmount().isEmpty()) {
            return refuse(Rule.IMPRISONMENT_IN_DEFAULT_OF_FINE, "imprisonment in default follows a fine (PPC s.64);"
                    + " the sentence under " + conviction.statute().code() + " imposes none");
        }
        Period maximum = maximumTerm(statute.penalty());
        LocalDate from = order.pronouncedOn();
        if (from.plus(d.inDefaultOfFine().multipliedBy(4)).isAfter(from.plus(maximum))) {
            return refuse(Rule.IMPRISONMENT_IN_DEFAULT_OF_FINE, "imprisonment in default of a fine is at most a quarter"
                    + " of the maximum term of " + statute.code() + " (" + Terms.describe(maximum) + ", PPC s.65): "
                    + Terms.describe(d.inDefaultOfFine()) + " is above it");
        }
        return PolicyDecision.allow();
    }

    /** The longest term of years, or twenty-five years where imprisonment for life is the only one. */
    static Period maximumTerm(Penalty penalty) {
        return penalty.allowsTermOfYears() ? penalty.maximumTerm() : LIFE_RECKONED_AS;
    }

    private static PolicyDecision credit(SentencingOrder order, List<Offence> charges) {
        Optional<LocalDate> offence = charges.stream().map(o -> o.facts().offenceDate()).min(LocalDate::compareTo);
        long possible = offence.map(d -> ChronoUnit.DAYS.between(d, order.pronouncedOn())).orElse(0L);
        if (order.custodyCreditDays() > possible) {
            return refuse(Rule.CUSTODY_CREDIT, order.custodyCreditDays() + " days in custody cannot have been spent for"
                    + " an offence of " + offence.map(LocalDate::toString).orElse("an unknown date")
                    + " by the sentence of " + order.pronouncedOn() + ": at most " + possible + " days (s.382-B CrPC)");
        }
        return PolicyDecision.allow();
    }

    private static PolicyDecision compensation(SentencingOrder order, List<Offence> convictions,
                                               Function<Offence, Statute> statutes) {
        Set<PersonId> victims = convictions.stream().flatMap(c -> c.victims().stream()).collect(Collectors.toSet());
        boolean underPtpa = convictions.stream().anyMatch(c -> statutes.apply(c).act().startsWith(PTPA));
        for (Compensation c : order.compensation()) {
            if (!victims.contains(c.victim())) {
                return refuse(Rule.VICTIM_COMPENSATION, "compensation goes to a victim of the offences the accused was"
                        + " convicted of; " + c.victim() + " is not one");
            }
            if (c.under() == CompensationLaw.PTPA_2018 && !underPtpa) {
                return refuse(Rule.VICTIM_COMPENSATION, "compensation under the PTPA 2018 follows a conviction under"
                        + " that Act; order it under s.544-A CrPC");
            }
        }
        return PolicyDecision.allow();
    }

    private static String codes(List<Offence> offences) {
        return offences.stream().map(o -> o.statute().code().value()).collect(Collectors.joining(", "));
    }

    private static PolicyDecision refuse(Rule rule, String reason) {
        return PolicyDecision.refuse(rule, reason);
    }
}
