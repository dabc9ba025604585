package org.insaf.generator;

import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.generator.CaseStory.AddAccused;
import org.insaf.generator.CaseStory.RecordParticulars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The recruiters of the networks behind many FIRs (issue 18): a fixed number of people, each named
 * in several cases of several offices, every time as that FIR spelled them (Mohd./Muhammad,
 * Khan/Khaan, a title, Urdu script), some with their CNIC, some without, some with their phone.
 * They are known duplicates: each case knows which recruiter its first Pakistani accused is, so
 * matching can be measured. Drawn from a stream of their own, so every other part of a story
 * stays what the seed gave before.
 */
final class Network {

    static final int RECRUITERS = 30;
    /** Share of the cases whose first Pakistani accused is one of the network's recruiters. */
    static final double SHARE = 0.15;
    private static final long STREAM = 0x6e65_7477_6f72_6bL;

    private static final Map<String, String> URDU = Map.ofEntries(Map.entry("Muhammad", "محمد"), Map.entry("Ali", "علی"),
            Map.entry("Khan", "خان"), Map.entry("Ahmed", "احمد"), Map.entry("Imran", "عمران"), Map.entry("Tariq", "طارق"),
            Map.entry("Asif", "آصف"), Map.entry("Akbar", "اکبر"), Map.entry("Iqbal", "اقبال"), Map.entry("Javed", "جاوید"),
            Map.entry("Usman", "عثمان"), Map.entry("Bilal", "بلال"), Map.entry("Hassan", "حسن"), Map.entry("Malik", "ملک"),
            Map.entry("Butt", "بٹ"), Map.entry("Shah", "شاہ"), Map.entry("Chaudhry", "چوہدری"), Map.entry("Abbasi", "عباسی"));
    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("Muhammad", List.of("Mohammad", "Mohd.", "M.", "Muhammed")), Map.entry("Khan", List.of("Khaan")),
            Map.entry("Ahmed", List.of("Ahmad")), Map.entry("Hassan", List.of("Hasan")), Map.entry("Rashid", List.of("Rasheed")),
            Map.entry("Iqbal", List.of("Ikbal")), Map.entry("Usman", List.of("Osman")), Map.entry("Zahid", List.of("Zaheed")),
            Map.entry("Sajid", List.of("Saajid")), Map.entry("Naveed", List.of("Navid")), Map.entry("Qureshi", List.of("Quraishi")),
            Map.entry("Sheikh", List.of("Shaikh")), Map.entry("Yousafzai", List.of("Yusufzai")), Map.entry("Siddiqui", List.of("Siddiqi")));
    private static final List<String> MALE = List.of("Muhammad Asif", "Ali", "Ahmed", "Hassan", "Bilal", "Imran", "Tariq",
            "Naveed", "Kamran", "Shahid", "Zahid", "Rashid", "Sajid", "Waqas", "Faisal", "Usman", "Irfan", "Akbar", "Iqbal",
            "Javed", "Muhammad Arshad", "Pervez", "Yasir", "Adnan", "Zubair", "Muhammad Akram");
    private static final List<String> FAMILY = List.of("Khan", "Ahmed", "Malik", "Butt", "Qureshi", "Chaudhry", "Sheikh",
            "Awan", "Bhatti", "Gill", "Yousafzai", "Abbasi", "Rajput", "Mughal", "Siddiqui", "Shah");

    /** One recruiter as the network's records know him. */
    record Recruiter(int number, String name, String father, String district, String cnic, String phone) {
    }

    private Network() {
    }

    static Recruiter recruiter(long seed, int number) {
        Sampler d = Sampler.forCase(seed ^ STREAM, -1 - number);
        String family = d.oneOf(FAMILY);
        return new Recruiter(number, d.oneOf(MALE) + " " + family, d.oneOf(MALE) + " " + family, Names.district(d),
                d.chance(0.7) ? Names.cnic(d) : null, Names.mobile(d));
    }

    /**
     * The accused of story {@code index}, its first Pakistani person now and then one of the network's
     * recruiters, and what the investigation recorded of each Pakistani person (father's name,
     * district, a phone): the recruiter's as this FIR spelled them, the others' invented.
     */
    static List<RecordParticulars> dress(long seed, int index, List<AddAccused> accused) {
        Sampler d = Sampler.forCase(seed ^ STREAM, index);
        List<RecordParticulars> particulars = new ArrayList<>();
        boolean recruiterPlaced = !d.chance(SHARE);
        for (int i = 0; i < accused.size(); i++) {
            Trafficker t = accused.get(i).accused();
            boolean pakistani = t.kind() == TraffickerKind.PERSON && t.nationality() != null && t.nationality().isPakistan()
                    && accused.get(i).nonPunishmentJustification().isEmpty();
            if (!pakistani) {
                continue;
            }
            if (!recruiterPlaced) {
                recruiterPlaced = true;
                Recruiter r = recruiter(seed, d.between(0, RECRUITERS - 1));
                String name = spelling(d, r.name());
                String cnic = r.cnic() != null && d.chance(0.5) ? r.cnic() : null;
                accused.set(i, new AddAccused(new Trafficker(t.id(), t.kind(), name, cnic, t.roles(), t.nationality(),
                        t.links()), accused.get(i).nonPunishmentJustification()));
                particulars.add(new RecordParticulars(i, new PersonParticulars(List.of(name), spelling(d, r.father()), cnic,
                        null, d.chance(0.5) ? Set.of(PhoneNumber.of(r.phone())) : Set.of(), r.district()), r.number()));
            } else if (d.chance(0.5)) {
                String family = t.name().substring(t.name().lastIndexOf(' ') + 1);
                particulars.add(new RecordParticulars(i, new PersonParticulars(List.of(t.name()), d.oneOf(MALE) + " " + family,
                        t.cnic(), null, d.chance(0.3) ? Set.of(PhoneNumber.of(Names.mobile(d))) : Set.of(), Names.district(d)), -1));
            }
        }
        return particulars;
    }

    /** The name as one FIR writes it: some words respelled, a title now and then, or in Urdu script. */
    static String spelling(Sampler d, String name) {
        String[] words = name.split(" ");
        if (d.chance(0.15) && java.util.Arrays.stream(words).allMatch(URDU::containsKey)) {
            return String.join(" ", java.util.Arrays.stream(words).map(URDU::get).toList());
        }
        StringBuilder out = new StringBuilder();
        if (d.chance(0.15)) {
            out.append(d.oneOf(List.of("Haji ", "Ch. ", "Malik ", "Mr. ")));
        }
        for (String word : words) {
            List<String> others = SPELLINGS.get(word);
            out.append(others != null && d.chance(0.5) ? d.oneOf(others) : word).append(' ');
        }
        String written = out.toString().strip();
        if (d.chance(0.1)) {
            // A slip of the pen: one letter of the name left out.
            int at = d.between(1, written.length() - 2);
            written = written.substring(0, at) + written.substring(at + 1);
        }
        return d.chance(0.1) ? written.toUpperCase(Locale.ROOT) : written;
    }
}
