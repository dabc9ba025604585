package org.insaf.generator;

import org.insaf.domain.person.Gender;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatutoryCondition;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.insaf.domain.person.TraffickerRole.*;
import static org.insaf.domain.person.VulnerabilityFactor.*;
import static org.insaf.domain.statute.Act.*;
import static org.insaf.domain.statute.Means.*;
import static org.insaf.domain.statute.Purpose.*;

/**
 * The kinds of case the FIA's circles see, after the source document (shared/domain/background.md):
 * bonded labour (the country's largest problem), labour migration to the Gulf through illegal
 * agents, women and girls taken into fake marriages and prostitution abroad, sex trafficking inside
 * Pakistan, Pakistan as a destination (Afghanistan, Bangladesh, Sri Lanka, Central Asia) and as a
 * transit country, smuggling towards Europe, children forced to beg (also in Iran), domestic
 * servitude, organ removal, child marriage, camel jockeys, and children taken by militant groups.
 *
 * <p>Each states its share of cases, its routes (ISO country codes, source first), who its victims
 * are, and the acts, means, purposes and accused roles its facts are drawn from.
 */
enum Scenario {

    BONDED_LABOUR(20, routes().or(List.of("PK"), 1).build(),
            new Victims(gender(0.45, 0.53, 0.02), 0.35, 4, 60, nationals(0.97, "AF"), List.of(FAMILY_DEBT, POVERTY,
                    LACK_OF_EDUCATION, RELIGIOUS_MINORITY, INTERNALLY_DISPLACED_BY_DISASTER), Set.of(Purpose.BONDED_LABOUR),
                    Set.of(FORCED_LABOUR, CHILD_LABOUR), counts(0.15, 0.15, 0.15, 0.55), 14),
            List.of(ENFORCING_BONDED_LABOUR, ADVANCING_BONDED_DEBT, EXTRACTING_BONDED_LABOUR, COMPELLING_LABOUR, RECRUITMENT,
                    HARBOURING), 2, 4,
            List.of(DEBT_BONDAGE, COERCION, PHYSICAL_RESTRAINT, THREAT, WITHHOLDS_NECESSITIES, EXCESSIVE_WORKING_HOURS,
                    TAKES_EARNINGS), 1, 3, DEBT_BONDAGE,
            List.of(EXPLOITER, FINANCIER, CONTROLLER, RECRUITER), Set.of()),

    GULF_LABOUR(18, routes().or(List.of("PK", "AE"), 4).or(List.of("PK", "SA"), 5).or(List.of("PK", "OM"), 2)
            .or(List.of("PK", "QA"), 2).or(List.of("PK", "KW"), 1).or(List.of("PK", "BH"), 1)
            .or(List.of("PK", "AE", "OM"), 1).or(List.of("PK", "MY"), 1).or(List.of("PK", "ZA"), 0.5)
            .or(List.of("PK", "UG"), 0.3).build(),
            new Victims(gender(0.2, 0.8, 0), 0.05, 16, 50, nationals(1.0), List.of(POVERTY, LACK_OF_EDUCATION, FAMILY_DEBT),
                    Set.of(FORCED_LABOUR), Set.of(Purpose.DOMESTIC_SERVITUDE, Purpose.BONDED_LABOUR), counts(0.5, 0.2, 0.1, 0.2), 8),
            List.of(RECRUITMENT, INDUCING_EMIGRATION, TRANSPORTATION, OBTAINING), 2, 3,
            List.of(FRAUD, DECEPTION, FALSE_PROMISES, WITHHOLDS_DOCUMENTS, DEBT_BONDAGE, COERCION, TAKES_EARNINGS), 1, 3,
            FRAUD, List.of(ILLEGAL_LABOUR_AGENT, SUB_AGENT_OF_LICENSED_OEP, BROKER_TRAVEL_AGENT, RECRUITER, EXPLOITER),
            Set.of()),

    SEX_TRAFFICKING_ABROAD(8, routes().or(List.of("PK", "IR"), 3).or(List.of("PK", "AF"), 1).or(List.of("PK", "CN"), 2)
            .or(List.of("PK", "AE"), 2).or(List.of("PK", "OM"), 1).or(List.of("PK", "IR", "TR"), 1)
            .or(List.of("PK", "AE", "GR"), 0.5).build(),
            new Victims(gender(0.95, 0, 0.05), 0.35, 13, 30, nationals(1.0), List.of(POVERTY, FRACTURED_FAMILY,
                    RELIGIOUS_MINORITY, LACK_OF_EDUCATION, LGBTI), Set.of(SEXUAL_EXPLOITATION, PROSTITUTION),
                    Set.of(FORCED_MARRIAGE), counts(0.6, 0.25, 0.1, 0.05), 5),
            List.of(RECRUITMENT, TRANSPORTATION, SELLING, OBTAINING, PROCURING, HARBOURING), 2, 3,
            List.of(DECEPTION, FRAUD, COERCION, FALSE_PROMISES, WITHHOLDS_DOCUMENTS, SEXUAL_ABUSE, PSYCHOLOGICAL_ABUSE,
                    PAYMENT_TO_PERSON_IN_CONTROL), 1, 3, DECEPTION,
            List.of(FAKE_SPOUSE, RECRUITER, TRANSPORTER, SELLER, BROKER_TRAVEL_AGENT), Set.of()),

    INTERNAL_SEX_TRAFFICKING(10, routes().or(List.of("PK"), 1).build(),
            new Victims(gender(0.82, 0.03, 0.15), 0.4, 12, 35, nationals(0.9, "AF", "BD"), List.of(POVERTY,
                    FRACTURED_FAMILY, LGBTI, SUBSTANCE_ABUSE, INTERNALLY_DISPLACED_BY_MILITARY_OPERATION),
                    Set.of(PROSTITUTION, SEXUAL_EXPLOITATION), Set.of(), counts(0.55, 0.2, 0.15, 0.1), 6),
            List.of(SELLING, BUYING, OBTAINING, HARBOURING, PROCURING, LETTING_TO_HIRE, RECRUITMENT), 2, 3,
            List.of(COERCION, FORCE, FRAUD, DECEPTION, PHYSICAL_ABUSE, PSYCHOACTIVE_SUBSTANCE, THREAT, TAKES_EARNINGS),
            0, 3, COERCION, List.of(CONTROLLER, EXPLOITER, BUYER, SELLER, HARBOURER, RECRUITER), Set.of()),

    INBOUND_EXPLOITATION(6, routes().or(List.of("AF", "PK"), 4).or(List.of("BD", "IN", "PK"), 1.5)
            .or(List.of("BD", "PK"), 1).or(List.of("LK", "PK"), 0.5).or(List.of("NP", "IN", "PK"), 0.5)
            .or(List.of("UZ", "AF", "PK"), 0.7).or(List.of("AZ", "IR", "PK"), 0.4).or(List.of("RU", "AE", "PK"), 0.3)
            .or(List.of("IR", "PK"), 1).or(List.of("CN", "PK"), 0.4).or(List.of("MM", "BD", "PK"), 0.5).build(),
            new Victims(gender(0.7, 0.28, 0.02), 0.4, 10, 40, fromRoute(), List.of(REFUGEE, POVERTY, ETHNIC_MINORITY,
                    LACK_OF_EDUCATION), Set.of(SEXUAL_EXPLOITATION), Set.of(FORCED_LABOUR, PROSTITUTION),
                    counts(0.45, 0.25, 0.15, 0.15), 8),
            List.of(IMPORTING, RECEIPT, HARBOURING, BUYING, TRANSPORTATION, RECRUITMENT), 2, 3,
            List.of(DECEPTION, COERCION, FRAUD, FORCE, WITHHOLDS_DOCUMENTS, THREATS_LAW_ENFORCEMENT, PAYMENT_OR_BENEFIT),
            1, 3, COERCION, List.of(BUYER, HARBOURER, TRANSPORTER, EXPLOITER, SMUGGLER), Set.of()),

    TRANSIT(5, routes().or(List.of("AF", "PK", "IR", "TR"), 3).or(List.of("AF", "PK", "AE"), 2)
            .or(List.of("UZ", "AF", "PK", "IR"), 1).or(List.of("TJ", "AF", "PK", "SA"), 0.5)
            .or(List.of("BD", "PK", "IR", "TR", "GR"), 1).build(),
            new Victims(gender(0.35, 0.65, 0), 0.25, 12, 40, fromRoute(), List.of(REFUGEE, POVERTY, ETHNIC_MINORITY),
                    Set.of(FORCED_LABOUR), Set.of(SEXUAL_EXPLOITATION, SERVITUDE), counts(0.3, 0.25, 0.2, 0.25), 10),
            List.of(TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT, RECRUITMENT, PROCURING_ILLEGAL_ENTRY), 2, 3,
            List.of(PAYMENT_OR_BENEFIT, DECEPTION, COERCION, FRAUD, WITHHOLDS_DOCUMENTS, PHYSICAL_RESTRAINT), 1, 3,
            PAYMENT_OR_BENEFIT, List.of(SMUGGLER, TRANSPORTER, HARBOURER, FINANCIER), Set.of()),

    SMUGGLING_TO_EUROPE(7, routes().or(List.of("PK", "IR", "TR", "GR"), 4).or(List.of("PK", "IR", "TR"), 2)
            .or(List.of("PK", "AE", "LY", "IT"), 1.5).or(List.of("PK", "IR", "TR", "GR", "IT"), 1).build(),
            new Victims(gender(0.05, 0.95, 0), 0.08, 15, 40, nationals(1.0), List.of(POVERTY, LACK_OF_EDUCATION),
                    Set.of(), Set.of(FORCED_LABOUR), counts(0.35, 0.25, 0.15, 0.25), 12),
            List.of(PROCURING_ILLEGAL_ENTRY, TRANSPORTATION, RECRUITMENT, INDUCING_EMIGRATION), 2, 3,
            List.of(PAYMENT_OR_BENEFIT, DECEPTION, FALSE_PROMISES, FRAUD, WITHHOLDS_DOCUMENTS), 1, 2, PAYMENT_OR_BENEFIT,
            List.of(SMUGGLER, BROKER_TRAVEL_AGENT, ILLEGAL_LABOUR_AGENT, TRANSPORTER, FINANCIER),
            Set.of(StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT)),

    CHILD_BEGGING(6, routes().or(List.of("PK"), 3).or(List.of("PK", "IR"), 1).build(),
            new Victims(gender(0.4, 0.6, 0), 0.85, 5, 30, nationals(0.9, "AF"), List.of(DISABILITY, POVERTY,
                    FRACTURED_FAMILY, INTERNALLY_DISPLACED_BY_DISASTER), Set.of(FORCED_BEGGING),
                    Set.of(FORCED_LABOUR, CHILD_LABOUR), counts(0.35, 0.25, 0.2, 0.2), 9),
            List.of(RECRUITMENT, TRANSPORTATION, HARBOURING, BUYING, COMPELLING_LABOUR, OBTAINING), 2, 3,
            List.of(COERCION, PAYMENT_TO_PERSON_IN_CONTROL, DECEPTION, PHYSICAL_ABUSE, TAKES_EARNINGS, FORCE), 1, 3,
            COERCION, List.of(CONTROLLER, EXPLOITER, BUYER, TRANSPORTER, KIDNAPPER), Set.of()),

    DOMESTIC_SERVITUDE(8, routes().or(List.of("PK"), 1).build(),
            new Victims(gender(0.75, 0.25, 0), 0.8, 7, 25, nationals(0.97, "AF"), List.of(POVERTY, FAMILY_DEBT,
                    RELIGIOUS_MINORITY, LACK_OF_EDUCATION), Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(CHILD_LABOUR, FORCED_LABOUR),
                    counts(0.8, 0.15, 0.05, 0), 4),
            List.of(RECRUITMENT, HARBOURING, RECEIPT, OBTAINING, COMPELLING_LABOUR, BUYING), 2, 3,
            List.of(COERCION, PAYMENT_TO_PERSON_IN_CONTROL, PHYSICAL_ABUSE, WITHHOLDS_NECESSITIES, FRAUD,
                    EXCESSIVE_WORKING_HOURS, FORCE), 1, 3, PAYMENT_TO_PERSON_IN_CONTROL,
            List.of(EXPLOITER, ILLEGAL_LABOUR_AGENT, RECRUITER, HARBOURER), Set.of()),

    ORGAN_REMOVAL(4, routes().or(List.of("PK"), 3).or(List.of("PK", "AE"), 0.5).or(List.of("AF", "PK"), 0.5).build(),
            new Victims(gender(0.3, 0.7, 0), 0.03, 17, 50, fromRoute(), List.of(POVERTY, FAMILY_DEBT, LACK_OF_EDUCATION),
                    Set.of(Purpose.ORGAN_REMOVAL), Set.of(), counts(0.5, 0.2, 0.15, 0.15), 8),
            List.of(RECRUITMENT, TRANSPORTATION, REMOVING_ORGANS, TRADING_ORGANS), 2, 3,
            List.of(DECEPTION, PAYMENT_OR_BENEFIT, FRAUD, ABUSE_OF_POWER_OR_VULNERABILITY, COERCION), 1, 2, DECEPTION,
            List.of(BROKER_TRAVEL_AGENT, RECRUITER, EXPLOITER, FINANCIER, TraffickerRole.OTHER), Set.of()),

    CHILD_MARRIAGE(4, routes().or(List.of("PK"), 3).or(List.of("PK", "CN"), 1).build(),
            new Victims(gender(1.0, 0, 0), 0.85, 12, 19, nationals(1.0), List.of(POVERTY, RELIGIOUS_MINORITY,
                    FAMILY_DEBT, LACK_OF_EDUCATION), Set.of(FORCED_MARRIAGE), Set.of(SEXUAL_EXPLOITATION, SERVITUDE),
                    counts(0.9, 0.1, 0, 0), 2),
            List.of(SELLING, BUYING, PROCURING, OBTAINING, TRANSPORTATION), 1, 3,
            List.of(PAYMENT_TO_PERSON_IN_CONTROL, DECEPTION, COERCION, FRAUD, KIDNAPPING_OR_ABDUCTION), 1, 2,
            PAYMENT_TO_PERSON_IN_CONTROL, List.of(FAKE_SPOUSE, BUYER, SELLER, BROKER_TRAVEL_AGENT), Set.of()),

    CAMEL_JOCKEYING(1, routes().or(List.of("PK", "AE"), 2).or(List.of("PK", "QA"), 1).build(),
            new Victims(gender(0, 1.0, 0), 0.97, 4, 14, nationals(1.0), List.of(POVERTY, LACK_OF_EDUCATION),
                    Set.of(FORCED_LABOUR, CHILD_LABOUR), Set.of(), counts(0.3, 0.3, 0.2, 0.2), 6),
            List.of(RECRUITMENT, TRANSPORTATION, SELLING, OBTAINING), 2, 3,
            List.of(PAYMENT_TO_PERSON_IN_CONTROL, DECEPTION, FRAUD, COERCION), 1, 2, PAYMENT_TO_PERSON_IN_CONTROL,
            List.of(RECRUITER, TRANSPORTER, SELLER, EXPLOITER), Set.of()),

    MILITANT_RECRUITMENT(2, routes().or(List.of("PK", "AF"), 2).or(List.of("PK"), 1).build(),
            new Victims(gender(0.02, 0.98, 0), 0.9, 9, 19, nationals(0.85, "AF"), List.of(POVERTY,
                    INTERNALLY_DISPLACED_BY_MILITARY_OPERATION, FRACTURED_FAMILY), Set.of(FORCED_MILITARY_BY_NON_STATE_ACTORS),
                    Set.of(SEXUAL_EXPLOITATION), counts(0.4, 0.3, 0.15, 0.15), 7),
            List.of(RECRUITMENT, OBTAINING, TRANSPORTATION, BUYING, HARBOURING), 2, 3,
            List.of(KIDNAPPING_OR_ABDUCTION, COERCION, THREATENS_CHILDREN_FAMILY, PAYMENT_TO_PERSON_IN_CONTROL, DECEPTION,
                    PSYCHOLOGICAL_ABUSE), 1, 3, KIDNAPPING_OR_ABDUCTION,
            List.of(MILITANT_GROUP, RECRUITER, KIDNAPPER, TRANSPORTER), Set.of());

    final double weight;
    final Weighted<List<String>> routes;
    final Victims victims;
    final List<Act> acts;
    final int minActs;
    final int maxActs;
    final List<Means> means;
    final int minMeans;
    final int maxMeans;
    /** The means the facts name first when any means is alleged: the typical method of control. */
    final Means typicalMeans;
    final List<TraffickerRole> roles;
    final Set<StatutoryCondition> circumstances;

    Scenario(double weight, Weighted<List<String>> routes, Victims victims, List<Act> acts, int minActs, int maxActs,
             List<Means> means, int minMeans, int maxMeans, Means typicalMeans, List<TraffickerRole> roles,
             Set<StatutoryCondition> circumstances) {
        this.weight = weight;
        this.routes = routes;
        this.victims = victims;
        this.acts = acts;
        this.minActs = minActs;
        this.maxActs = maxActs;
        this.means = means;
        this.minMeans = minMeans;
        this.maxMeans = maxMeans;
        this.typicalMeans = typicalMeans;
        this.roles = roles;
        this.circumstances = circumstances;
    }

    static Weighted<Scenario> shares() {
        Weighted.Builder<Scenario> builder = null;
        for (Scenario s : values()) {
            builder = builder == null ? Weighted.with(s, s.weight) : builder.or(s, s.weight);
        }
        return builder.build();
    }

    /**
     * Who the victims are.
     *
     * @param genders       female, male, transgender
     * @param childShare    the share of victims under 18 on the offence date
     * @param minAge        youngest age
     * @param maxAge        oldest adult age
     * @param nationality   where victims come from; null: from the route's source country
     * @param exploitation  forms every victim suffered; extra: forms some suffered besides
     * @param victimCounts  shares of cases with 1, 2, 3–4 and 5 or more victims
     * @param maxVictims    the largest number of victims of one case
     */
    record Victims(Weighted<Gender> genders, double childShare, int minAge, int maxAge, Weighted<String> nationality,
                   List<VulnerabilityFactor> vulnerabilities, Set<Purpose> exploitation, Set<Purpose> extra,
                   Weighted<Integer> victimCounts, int maxVictims) {

        Victims {
            // Enum sets iterate in declaration order; Set.of iterates in an order that changes
            // from one JVM to the next, and the dice must be thrown in the same order every run.
            exploitation = ordered(exploitation);
            extra = ordered(extra);
        }

        private static Set<Purpose> ordered(Set<Purpose> purposes) {
            EnumSet<Purpose> copy = EnumSet.noneOf(Purpose.class);
            copy.addAll(purposes);
            return java.util.Collections.unmodifiableSet(copy);
        }
    }

    private static Weighted.Builder<List<String>> routes() {
        return new Weighted.Builder<>();
    }

    private static Weighted<Gender> gender(double female, double male, double transgender) {
        return new Weighted.Builder<Gender>().or(Gender.FEMALE, female).or(Gender.MALE, male)
                .or(Gender.TRANSGENDER, transgender).build();
    }

    /** Pakistani with the given share, else the other nationalities alike. */
    private static Weighted<String> nationals(double pakistani, String... others) {
        Weighted.Builder<String> builder = new Weighted.Builder<String>().or("PK", pakistani);
        for (String other : others) {
            builder.or(other, (1 - pakistani) / others.length);
        }
        return builder.build();
    }

    private static Weighted<String> fromRoute() {
        return null;
    }

    /** 1 victim, 2, 3 to 4, 5 or more (coded as 5). */
    private static Weighted<Integer> counts(double one, double two, double threeOrFour, double fiveOrMore) {
        return new Weighted.Builder<Integer>().or(1, one).or(2, two).or(3, threeOrFour).or(5, fiveOrMore).build();
    }
}
