package org.insaf.domain.statute;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table from the facts' words to the law's elements. A statute names the elements its
 * text requires ("force, fraud or coercion", "sells, lets to hire or otherwise disposes of",
 * "prostitution or ... any unlawful and immoral purpose"); the facts use the HTCDS/CTDC vocabulary
 * an investigator records ("false promises", "threatens children or family"). An element is met
 * when one of the words that the element's definition covers is alleged — never by comparing
 * words exactly. docs/law.md prints this table; a test holds each row.
 *
 * <p>Where an Act defines a word more widely than here (PACHTO's "coercion" includes deception
 * and fraud), its row in the catalogue lists every element its definition covers.
 */
public final class ElementDefinitions {

    private static final Map<Act, Set<Act>> ACTS = new EnumMap<>(Act.class);
    private static final Map<Means, Set<Means>> MEANS = new EnumMap<>(Means.class);
    private static final Map<Purpose, Set<Purpose>> PURPOSES = new EnumMap<>(Purpose.class);

    static {
        // PPC 366A: "induces ... to go from any place or to do any act"; 365B: "induces any woman to go".
        ACTS.put(Act.PROCURING, EnumSet.of(Act.PROCURING, Act.RECRUITMENT, Act.TRANSPORTATION, Act.TRANSFER));
        // PPC 371A: "sells, lets to hire, or otherwise disposes of any person".
        ACTS.put(Act.DISPOSING, EnumSet.of(Act.DISPOSING, Act.SELLING, Act.LETTING_TO_HIRE, Act.TRANSFER));
        // PPC 371B: "buys, hires or otherwise obtains possession of any person".
        ACTS.put(Act.OBTAINING, EnumSet.of(Act.OBTAINING, Act.BUYING, Act.HIRING, Act.RECEIPT));

        MEANS.put(Means.FORCE, EnumSet.of(Means.FORCE, Means.VIOLENCE, Means.PHYSICAL_ABUSE, Means.SEXUAL_ABUSE,
                Means.PHYSICAL_RESTRAINT));
        MEANS.put(Means.VIOLENCE, EnumSet.of(Means.VIOLENCE, Means.FORCE, Means.PHYSICAL_ABUSE, Means.SEXUAL_ABUSE));
        MEANS.put(Means.THREAT, EnumSet.of(Means.THREAT, Means.PHYSICAL_THREATS, Means.THREATS_LAW_ENFORCEMENT,
                Means.THREATENS_CHILDREN_FAMILY));
        // statutes.md correction 5: coercion includes threats, abduction, debt bondage used to compel and
        // abuse of a position of vulnerability; holding a person's documents, body or mind compels too.
        MEANS.put(Means.COERCION, EnumSet.of(Means.COERCION, Means.THREAT, Means.PHYSICAL_THREATS,
                Means.THREATS_LAW_ENFORCEMENT, Means.THREATENS_CHILDREN_FAMILY, Means.KIDNAPPING_OR_ABDUCTION,
                Means.DEBT_BONDAGE, Means.ABUSE_OF_POWER_OR_VULNERABILITY, Means.PHYSICAL_RESTRAINT,
                Means.WITHHOLDS_DOCUMENTS, Means.PSYCHOACTIVE_SUBSTANCE, Means.PSYCHOLOGICAL_ABUSE));
        // Correction 5: fraud includes deception and false promises.
        MEANS.put(Means.FRAUD, EnumSet.of(Means.FRAUD, Means.DECEPTION, Means.FALSE_PROMISES));
        MEANS.put(Means.DECEPTION, EnumSet.of(Means.DECEPTION, Means.FRAUD, Means.FALSE_PROMISES));
        MEANS.put(Means.PAYMENT_OR_BENEFIT, EnumSet.of(Means.PAYMENT_OR_BENEFIT, Means.PAYMENT_TO_PERSON_IN_CONTROL));

        // PPC 371A/371B: "prostitution or illicit intercourse ... or any unlawful and immoral purpose".
        PURPOSES.put(Purpose.PROSTITUTION, EnumSet.of(Purpose.PROSTITUTION, Purpose.SEXUAL_EXPLOITATION));
        PURPOSES.put(Purpose.SEXUAL_EXPLOITATION, EnumSet.of(Purpose.SEXUAL_EXPLOITATION, Purpose.PROSTITUTION));
        // Palermo art. 3: forced labour or services; bonded labour is forced labour by debt, begging a service.
        PURPOSES.put(Purpose.FORCED_LABOUR, EnumSet.of(Purpose.FORCED_LABOUR, Purpose.BONDED_LABOUR,
                Purpose.FORCED_BEGGING));
        PURPOSES.put(Purpose.SERVITUDE, EnumSet.of(Purpose.SERVITUDE, Purpose.DOMESTIC_SERVITUDE));
    }

    private ElementDefinitions() {
    }

    /** The facts' acts that meet the statute's act {@code element}: itself, or what its definition covers. */
    public static Set<Act> actsMeeting(Act element) {
        return covered(ACTS, element, Act.class);
    }

    public static Set<Means> meansMeeting(Means element) {
        return covered(MEANS, element, Means.class);
    }

    public static Set<Purpose> purposesMeeting(Purpose element) {
        return covered(PURPOSES, element, Purpose.class);
    }

    public static boolean anyActMeets(Collection<Act> elements, Collection<Act> alleged) {
        return anyMeets(ACTS, elements, alleged);
    }

    public static boolean anyMeansMeets(Collection<Means> elements, Collection<Means> alleged) {
        return anyMeets(MEANS, elements, alleged);
    }

    public static boolean anyPurposeMeets(Collection<Purpose> elements, Collection<Purpose> alleged) {
        return anyMeets(PURPOSES, elements, alleged);
    }

    /** The elements whose definition is wider than the word itself: the rows docs/law.md prints. */
    public static Map<Act, Set<Act>> actRows() {
        return Collections.unmodifiableMap(ACTS);
    }

    public static Map<Means, Set<Means>> meansRows() {
        return Collections.unmodifiableMap(MEANS);
    }

    public static Map<Purpose, Set<Purpose>> purposeRows() {
        return Collections.unmodifiableMap(PURPOSES);
    }

    /** True when an alleged word meets one of the elements: is the element itself, or in its row. */
    private static <E extends Enum<E>> boolean anyMeets(Map<E, Set<E>> table, Collection<E> elements,
                                                        Collection<E> alleged) {
        return elements.stream().anyMatch(e -> alleged.stream()
                .anyMatch(word -> word == e || table.getOrDefault(e, Set.of()).contains(word)));
    }

    private static <E extends Enum<E>> Set<E> covered(Map<E, Set<E>> table, E element, Class<E> type) {
        Set<E> words = table.get(element);
        return Collections.unmodifiableSet(words == null ? EnumSet.of(element) : EnumSet.copyOf(words));
    }
}
