package org.insaf.generator;

import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.VictimView;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.shared.PersonId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * A SHA-256 over the content of generated cases, in the order they were generated. It leaves out
 * what the application hands out rather than the generator chooses: case, victim and charge ids,
 * the numbers of victims' pseudonyms (a counter shared by everything in the database) and the
 * run's FIR prefix. People are named by their position in the case instead of their ids. Two runs
 * with the same seed and as-of day give the same digest.
 */
final class ContentDigest {

    private final String firPrefix;

    ContentDigest(String firPrefix) {
        this.firPrefix = firPrefix;
    }

    /** The hash of one case's content. */
    byte[] hashOf(CaseView c) {
        return sha256().digest(canonical(c).getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of a run: the cases' hashes in the order of their numbers (skipped ones left out). */
    String combine(byte[][] hashes) {
        MessageDigest all = sha256();
        for (byte[] hash : hashes) {
            if (hash != null) {
                all.update(hash);
            }
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    String canonical(CaseView c) {
        List<PersonId> victims = c.victims().stream().map(VictimView::id).toList();
        List<PersonId> accused = c.accused().stream().map(a -> a.trafficker().id()).toList();
        StringBuilder s = new StringBuilder(512);
        s.append("case|").append(c.firNumber().value().replaceFirst("^" + java.util.regex.Pattern.quote(firPrefix), ""))
                .append('|').append(c.office()).append('|').append(c.transfers()).append('|').append(c.firSections()).append('|').append(c.status())
                .append('|').append(new TreeMap<>(c.statusDates())).append('|').append(c.version()).append('|')
                .append(c.investigationClosedReason().orElse("")).append('|').append(c.assignment()).append('\n');
        for (VictimView v : c.victims()) {
            s.append("victim|").append(v.pseudonym().value(), 0, 6).append('|').append(v.gender()).append('|')
                    .append(v.age()).append('|').append(v.nationality()).append('|').append(v.vulnerabilities())
                    .append('|').append(v.exploitation()).append('|').append(v.protection()).append('\n');
        }
        for (Accused a : c.accused()) {
            var t = a.trafficker();
            List<Integer> links = new ArrayList<>();
            t.links().forEach(l -> links.add(accused.indexOf(l)));
            s.append("accused|").append(t.kind()).append('|').append(t.name()).append('|').append(t.cnic()).append('|')
                    .append(t.roles()).append('|').append(t.nationality()).append('|').append(links).append('|')
                    .append(a.nonPunishmentJustification()).append('\n');
        }
        c.recordedFacts().ifPresent(f -> s.append("facts|").append(facts(f)).append('\n'));
        for (Offence o : c.offences()) {
            List<Integer> concerned = o.victims().stream().map(victims::indexOf).sorted().toList();
            s.append("charge|").append(accused.indexOf(o.accused())).append('|').append(o.statute()).append('|')
                    .append(concerned).append('|').append(facts(o.facts())).append('|').append(o.verdict()).append('|')
                    .append(o.sentence()).append('\n');
        }
        c.hearings().forEach(h -> s.append("hearing|").append(h).append('\n'));
        c.warnings().forEach(w -> s.append("warning|").append(w.rule()).append('|').append(accused.indexOf(w.accused()))
                .append('|').append(w.message()).append('\n'));
        return s.toString();
    }

    private static String facts(OffenceFacts f) {
        return f.acts() + ";" + f.means() + ";" + f.purposes() + ";" + f.route().describe() + ";" + f.offenceDate() + ";"
                + f.circumstances();
    }
}
