package org.insaf.generator;

import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who works the generated cases. The FIA anti-trafficking circles and the sessions courts of
 * their cities; the Lahore and Karachi circles are worked by the demo users of the realm
 * (bootstrap/src/main/resources/keycloak/insaf-realm.json, whose ids are fixed there), so those
 * users see their cases after a generation; the other circles by generated staff ids that sign
 * in nowhere (their cases are seen by admins and counted in the figures).
 */
final class Offices {

    /** The demo users: their ids are fixed in the realm file. */
    static final Actor INVESTIGATOR = demo(1, Role.INVESTIGATOR, "FIA-AHTC-LAHORE");
    static final Actor PROSECUTOR = demo(2, Role.PROSECUTOR, "FIA-AHTC-LAHORE");
    static final Actor JUDGE = demo(3, Role.JUDGE, "SESSIONS-COURT-LAHORE");
    static final Actor ADMIN = demo(5, Role.ADMIN, "FIA-HQ-ISLAMABAD");
    static final Actor INVESTIGATOR2 = demo(6, Role.INVESTIGATOR, "FIA-AHTC-KARACHI");
    static final Actor PROSECUTOR2 = demo(7, Role.PROSECUTOR, "FIA-AHTC-KARACHI");
    static final Actor JUDGE2 = demo(8, Role.JUDGE, "SESSIONS-COURT-KARACHI");
    /** The realm's police-station investigator (user "police"). */
    static final Actor POLICE = new Actor("1a5af00d-0000-4000-8000-000000000010", Set.of(Role.INVESTIGATOR),
            Optional.of("PB-LHR-CIVIL-LINES"), Agency.PROVINCIAL_POLICE);

    /**
     * One office (an FIA circle, or a police station with its province and district) with the people
     * who work its cases and the court that tries them.
     */
    record Circle(String city, Actor investigator, Actor prosecutor, Actor judge, Province province, String district) {

        Circle(String city, Actor investigator, Actor prosecutor, Actor judge) {
            this(city, investigator, prosecutor, judge, null, null);
        }

        String office() {
            return investigator.office().orElseThrow();
        }

        InvestigatingOffice investigatingOffice() {
            return new InvestigatingOffice(investigator.agency(), office(), Optional.ofNullable(province),
                    Optional.ofNullable(district));
        }

        String court() {
            return judge.office().orElseThrow();
        }
    }

    static final List<Circle> CIRCLES = List.of(
            new Circle("Lahore", INVESTIGATOR, PROSECUTOR, JUDGE),
            new Circle("Karachi", INVESTIGATOR2, PROSECUTOR2, JUDGE2),
            generated("Islamabad"), generated("Rawalpindi"), generated("Peshawar"), generated("Quetta"),
            generated("Multan"), generated("Faisalabad"), generated("Gujranwala"), generated("Sialkot"),
            generated("Hyderabad"), generated("Gwadar"));

    /** Shares of cases by circle: the big cities and the Punjab border and Gulf-migration districts register most. */
    static final Weighted<Circle> SHARES = Weighted.with(CIRCLES.get(0), 18).or(CIRCLES.get(1), 16)
            .or(CIRCLES.get(2), 9).or(CIRCLES.get(3), 7).or(CIRCLES.get(4), 9).or(CIRCLES.get(5), 7)
            .or(CIRCLES.get(6), 7).or(CIRCLES.get(7), 6).or(CIRCLES.get(8), 8).or(CIRCLES.get(9), 6)
            .or(CIRCLES.get(10), 4).or(CIRCLES.get(11), 3).build();

    /**
     * Police stations that register trafficking inside Pakistan under the PTPA 2018; their cases are
     * prosecuted and tried in the courts of their city, as the circle's are.
     */
    static final List<Circle> STATIONS = List.of(
            new Circle("Lahore", POLICE, PROSECUTOR, JUDGE, Province.PUNJAB, "Lahore"),
            station("Lahore", "PB-LHR-KOT-LAKHPAT", Province.PUNJAB, CIRCLES.get(0)),
            station("Karachi", "SD-KHI-SOHRAB-GOTH", Province.SINDH, CIRCLES.get(1)),
            station("Faisalabad", "PB-FSD-SADAR", Province.PUNJAB, CIRCLES.get(7)),
            station("Multan", "PB-MUL-CANTT", Province.PUNJAB, CIRCLES.get(6)),
            station("Peshawar", "KP-PSH-HAYATABAD", Province.KHYBER_PAKHTUNKHWA, CIRCLES.get(4)),
            station("Quetta", "BL-QTA-SATELLITE-TOWN", Province.BALOCHISTAN, CIRCLES.get(5)));

    /** Shares of the police's cases by station: Punjab's brick kilns and Karachi register most. */
    static final Weighted<Circle> STATION_SHARES = Weighted.with(STATIONS.get(0), 14).or(STATIONS.get(1), 10)
            .or(STATIONS.get(2), 14).or(STATIONS.get(3), 10).or(STATIONS.get(4), 8).or(STATIONS.get(5), 6)
            .or(STATIONS.get(6), 4).build();

    private Offices() {
    }

    /** A demo user of the realm: its id there is 1a5af00d-0000-4000-8000- and its number in 12 digits. */
    private static Actor demo(int number, Role role, String office) {
        return new Actor(String.format("1a5af00d-0000-4000-8000-%012d", number), Set.of(role), Optional.of(office));
    }

    private static Circle generated(String city) {
        String key = city.toLowerCase(Locale.ROOT);
        String upper = city.toUpperCase(Locale.ROOT);
        return new Circle(city,
                new Actor("generated-investigator-" + key, Set.of(Role.INVESTIGATOR), Optional.of("FIA-AHTC-" + upper)),
                new Actor("generated-prosecutor-" + key, Set.of(Role.PROSECUTOR), Optional.of("FIA-AHTC-" + upper)),
                new Actor("generated-judge-" + key, Set.of(Role.JUDGE), Optional.of("SESSIONS-COURT-" + upper)));
    }

    private static Circle station(String city, String code, Province province, Circle circle) {
        return new Circle(city, new Actor("generated-police-" + code.toLowerCase(Locale.ROOT), Set.of(Role.INVESTIGATOR),
                Optional.of(code), Agency.PROVINCIAL_POLICE), circle.prosecutor(), circle.judge(), province, city);
    }

    static Circle circle(String office) {
        return java.util.stream.Stream.concat(CIRCLES.stream(), STATIONS.stream()).filter(c -> c.office().equals(office))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no generated circle " + office));
    }
}
