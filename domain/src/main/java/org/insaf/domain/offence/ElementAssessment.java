package org.insaf.domain.offence;

import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Victim;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteElements;
import org.insaf.domain.statute.StatutoryCondition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds a provision's elements against the facts of one charge and the victims it concerns
 * (invariant 3). Victim conditions are judged on every victim concerned, on the offence date:
 * a charge must hold for each person it names.
 */
public final class ElementAssessment {

    private final List<ElementFinding> findings;

    private ElementAssessment(List<ElementFinding> findings) {
        this.findings = List.copyOf(findings);
    }

    public static ElementAssessment of(Statute statute, OffenceFacts facts, Collection<Victim> victims) {
        StatuteElements elements = statute.elements();
        List<ElementFinding> findings = new ArrayList<>();
        findings.add(anyOf(ElementKind.ACT, "act", elements.acts(), facts.acts(),
                elements.actMetBy(facts.acts()), Act::describe));
        if (elements.requiresMeans()) {
            findings.add(means(elements, facts, victims));
        }
        if (elements.requiresPurpose()) {
            findings.add(anyOf(ElementKind.PURPOSE, "purpose", elements.purposes(), facts.purposes(),
                    elements.purposeMetBy(facts.purposes()), Purpose::describe));
        }
        for (StatutoryCondition condition : elements.conditions()) {
            findings.add(condition(condition, facts, victims));
        }
        return new ElementAssessment(findings);
    }

    // Palermo art. 3(c), as the PTPA 2018 enacts it: for a child, act and purpose suffice.
    private static ElementFinding means(StatuteElements elements, OffenceFacts facts, Collection<Victim> victims) {
        boolean alleged = elements.meansMetBy(facts.means());
        if (!alleged && elements.childNeedsNoMeans() && allChildren(victims, facts.offenceDate())) {
            return new ElementFinding(ElementKind.MEANS, "one of the means: " + list(elements.means(), Means::describe)
                    + " (not needed where every victim is a child)", true,
                    "not needed: every victim concerned was under " + AgeEvidence.AGE_OF_MAJORITY + " on "
                            + facts.offenceDate());
        }
        return anyOf(ElementKind.MEANS, "means", elements.means(), facts.means(), alleged, Means::describe);
    }

    private static boolean allChildren(Collection<Victim> victims, LocalDate on) {
        return !victims.isEmpty() && victims.stream()
                .allMatch(v -> v.isChildOn(on));
    }

    public List<ElementFinding> findings() {
        return findings;
    }

    public List<ElementFinding> met() {
        return findings.stream().filter(ElementFinding::met).toList();
    }

    public List<ElementFinding> missing() {
        return findings.stream().filter(f -> !f.met()).toList();
    }

    public boolean isSatisfied() {
        return missing().isEmpty();
    }

    private static <E extends Enum<E>> ElementFinding anyOf(ElementKind kind, String noun, Collection<E> required,
                                                            Collection<E> alleged, boolean met,
                                                            Function<E, String> describe) {
        String requirement = "one of the " + plural(noun) + ": " + list(required, describe);
        String allegedText = alleged.isEmpty() ? "nothing" : list(alleged, describe);
        String explanation = met ? "alleged: " + allegedText
                : "none of them is alleged (the facts allege: " + allegedText + ")";
        return new ElementFinding(kind, requirement, met, explanation);
    }

    private static String plural(String noun) {
        return noun.equals("means") ? noun : noun + "s";
    }

    private static <E> String list(Collection<E> values, Function<E, String> describe) {
        return values.stream().map(describe).collect(Collectors.joining(", "));
    }

    private static ElementFinding condition(StatutoryCondition condition, OffenceFacts facts,
                                            Collection<Victim> victims) {
        String requirement = condition.describe();
        switch (condition.basis()) {
            case ROUTE -> {
                boolean met = facts.route().bringsIntoPakistan();
                return new ElementFinding(ElementKind.CONDITION, requirement, met,
                        (met ? "the route " : "the route does not end in Pakistan from abroad: ")
                                + facts.route().describe());
            }
            case ALLEGED_FACT -> {
                boolean met = facts.circumstances().contains(condition);
                return new ElementFinding(ElementKind.CONDITION, requirement, met, met ? "alleged" : "not alleged");
            }
            default -> {
                return victimCondition(condition, facts.offenceDate(), victims);
            }
        }
    }

    private static ElementFinding victimCondition(StatutoryCondition condition, LocalDate on,
                                                  Collection<Victim> victims) {
        if (victims.isEmpty()) {
            return new ElementFinding(ElementKind.CONDITION, condition.describe(), false,
                    "the charge names no victim");
        }
        List<String> failures = victims.stream()
                .map(v -> victimFails(condition, v, on))
                .flatMap(Optional::stream)
                .toList();
        boolean met = failures.isEmpty();
        return new ElementFinding(ElementKind.CONDITION, condition.describe(), met,
                met ? "met by " + victims.stream().map(v -> v.pseudonym().value()).sorted()
                        .collect(Collectors.joining(", "))
                        : String.join("; ", failures));
    }

    private static Optional<String> victimFails(StatutoryCondition condition, Victim victim, LocalDate on) {
        String who = victim.pseudonym().value();
        Optional<Integer> age = victim.age().ageOn(on);
        String ageText = age.map(a -> who + " was " + a + " on " + on)
                .orElse("the age of " + who + " on " + on + " is not known");
        return switch (condition) {
            case VICTIM_IS_CHILD -> under(age, AgeEvidence.AGE_OF_MAJORITY) ? Optional.empty() : Optional.of(ageText);
            case VICTIM_IS_WOMAN_OR_CHILD -> victim.isFemale() || under(age, AgeEvidence.AGE_OF_MAJORITY)
                    ? Optional.empty()
                    : Optional.of(who + " is not recorded as female, and " + ageText);
            case VICTIM_IS_GIRL_UNDER_18 -> girlUnder(victim, age, 18, ageText);
            case VICTIM_IS_GIRL_UNDER_21 -> girlUnder(victim, age, 21, ageText);
            case VICTIM_IS_WOMAN -> victim.isFemale() ? Optional.empty()
                    : Optional.of(who + " is not recorded as female");
            case VICTIM_IS_NEITHER_WOMAN_NOR_CHILD -> adultMan(victim, age, ageText);
            default -> throw new IllegalStateException(condition + " is not a victim condition");
        };
    }

    private static Optional<String> girlUnder(Victim victim, Optional<Integer> age, int limit, String ageText) {
        if (!victim.isFemale()) {
            return Optional.of(victim.pseudonym().value() + " is not recorded as female");
        }
        return under(age, limit) ? Optional.empty() : Optional.of(ageText);
    }

    private static Optional<String> adultMan(Victim victim, Optional<Integer> age, String ageText) {
        String who = victim.pseudonym().value();
        if (victim.gender() == Gender.FEMALE) {
            return Optional.of(who + " is recorded as female");
        }
        if (victim.gender() == Gender.UNKNOWN) {
            return Optional.of("the sex of " + who + " is not recorded");
        }
        return age.map(a -> a >= AgeEvidence.AGE_OF_MAJORITY).orElse(false)
                ? Optional.empty() : Optional.of(ageText);
    }

    private static boolean under(Optional<Integer> age, int limit) {
        return age.map(a -> a < limit).orElse(false);
    }
}
