package org.insaf.generator;

import org.insaf.domain.person.Gender;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.generator.CaseStory.AddVictim;
import org.insaf.generator.CaseStory.RecordVictimParticulars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Victims trafficked twice (issue 18 item 6): of every {@link #PERIOD} stories, two hold the same
 * Pakistani woman (the first among its victims), in cases whose years the seed drew apart, each FIR spelling
 * her and her father as it does (Nasreen/Nasrin, a Mst. or Bibi, a slip of the pen), with her CNIC
 * or phone now and then. The investigation records who she is, and who some other Pakistani victims
 * are (invented, so that namesakes exist). Drawn from a stream of its own: every other part of a
 * story stays what the seed gave before.
 */
final class ReTrafficked {

    /** One victim in every this many stories is trafficked again in another story of the same period. */
    static final int PERIOD = 12;
    private static final int FIRST = 3;
    private static final int SECOND = 9;
    private static final long STREAM = 0x7265_7472_6166_6bL;

    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("Nasreen", List.of("Nasrin")), Map.entry("Parveen", List.of("Parvin")),
            Map.entry("Naseem", List.of("Nasim")), Map.entry("Ayesha", List.of("Aisha")),
            Map.entry("Zainab", List.of("Zaynab")), Map.entry("Shabana", List.of("Shabbana")),
            Map.entry("Samina", List.of("Sameena")), Map.entry("Kiran", List.of("Kiraan")),
            Map.entry("Khan", List.of("Khaan")), Map.entry("Ahmed", List.of("Ahmad")),
            Map.entry("Hussain", List.of("Hussein", "Husain")), Map.entry("Qureshi", List.of("Quraishi")));
    private static final List<String> FEMALE = List.of("Nasreen", "Parveen", "Naseem", "Ayesha", "Zainab", "Shabana",
            "Samina", "Kiran", "Rukhsana", "Saima", "Razia", "Hina");
    private static final List<String> FAMILY = List.of("Khan", "Ahmed", "Hussain", "Qureshi", "Malik", "Butt", "Masih",
            "Gill", "Shah", "Abbasi");
    private static final List<String> FATHER = List.of("Muhammad Asif", "Ali", "Ahmed", "Imran", "Tariq", "Akbar", "Iqbal",
            "Javed", "Usman", "Bilal", "Rashid", "Naveed");

    /** A victim as the re-trafficking records know her. */
    record Person(int number, String name, String father, String district, String cnic, String phone) {
    }

    private ReTrafficked() {
    }

    static Person person(long seed, int number) {
        Sampler d = Sampler.forCase(seed ^ STREAM, -1 - number);
        String family = d.oneOf(FAMILY);
        return new Person(number, d.oneOf(FEMALE) + " " + family, d.oneOf(FATHER) + " " + family, Names.district(d),
                d.chance(0.5) ? Names.cnic(d) : null, d.chance(0.6) ? Names.mobile(d) : null);
    }

    /**
     * The victims of story {@code index}, the first now and then a woman trafficked in another story
     * too, and what the investigation recorded of some Pakistani victims: hers as this FIR
     * spelled it, the others' invented.
     */
    static List<RecordVictimParticulars> dress(long seed, int index, List<AddVictim> victims) {
        Sampler d = Sampler.forCase(seed ^ STREAM, index);
        List<RecordVictimParticulars> particulars = new ArrayList<>();
        int slot = index % PERIOD;
        boolean placed = slot != FIRST && slot != SECOND;
        for (int i = 0; i < victims.size(); i++) {
            AddVictim victim = victims.get(i);
            if (victim.details().nationality() == null || !victim.details().nationality().isPakistan()) {
                continue;
            }
            if (!placed && victim.details().gender() == Gender.FEMALE) {
                placed = true;
                Person p = person(seed, index / PERIOD);
                String name = spelling(d, p.name());
                // A CNIC only where this FIR recorded one (children have none).
                String cnic = p.cnic() != null && victim.identity().cnic() != null && d.chance(0.6) ? p.cnic() : null;
                VictimIdentity was = victim.identity();
                victims.set(i, new AddVictim(new VictimIdentity(name, cnic, was.contact(), was.address()), victim.details()));
                particulars.add(new RecordVictimParticulars(i, new PersonParticulars(List.of(name),
                        Network.spelling(d, p.father()), cnic, null,
                        p.phone() != null && d.chance(0.5) ? Set.of(PhoneNumber.of(p.phone())) : Set.of(), p.district()),
                        p.number()));
            } else if (d.chance(0.4)) {
                VictimIdentity was = victim.identity();
                String family = was.name().substring(was.name().lastIndexOf(' ') + 1);
                particulars.add(new RecordVictimParticulars(i, new PersonParticulars(List.of(was.name()),
                        d.oneOf(FATHER) + " " + family, was.cnic(), null,
                        d.chance(0.3) ? Set.of(PhoneNumber.of(Names.mobile(d))) : Set.of(), Names.district(d)), -1));
            }
        }
        return particulars;
    }

    /** Her name as one FIR writes it: some words respelled, a Mst. or Bibi now and then, a slip of the pen. */
    static String spelling(Sampler d, String name) {
        StringBuilder out = new StringBuilder(d.chance(0.25) ? "Mst. " : "");
        for (String word : name.split(" ")) {
            List<String> others = SPELLINGS.get(word);
            out.append(others != null && d.chance(0.5) ? d.oneOf(others) : word).append(' ');
        }
        if (d.chance(0.15)) {
            out.append("Bibi");
        }
        String written = out.toString().strip();
        if (d.chance(0.05)) {
            int at = d.between(1, written.length() - 2);
            written = written.substring(0, at) + written.substring(at + 1);
        }
        return d.chance(0.1) ? written.toUpperCase(Locale.ROOT) : written;
    }
}
