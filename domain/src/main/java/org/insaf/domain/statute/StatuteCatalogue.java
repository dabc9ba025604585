package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The provisions known to the system, all versions. Guarantees one version per (code, number)
 * and that versions of the same code never overlap in time, so "the version in force on a date"
 * is always at most one.
 */
public final class StatuteCatalogue {

    private final List<Statute> statutes;

    public StatuteCatalogue(Collection<Statute> statutes) {
        List<Statute> copy = List.copyOf(InvalidValueException.required(statutes, "statutes"));
        for (int i = 0; i < copy.size(); i++) {
            for (int j = 0; j < i; j++) {
                Statute a = copy.get(i);
                Statute b = copy.get(j);
                if (!a.code().equals(b.code())) {
                    continue;
                }
                InvalidValueException.check(a.version() != b.version(), "STATUTE_VERSION_UNIQUE",
                        a.code() + " has two versions numbered " + a.version());
                InvalidValueException.check(!a.inForce().overlaps(b.inForce()), "STATUTE_VERSIONS_DO_NOT_OVERLAP",
                        a.code() + " versions " + a.version() + " (" + a.inForce().describe() + ") and "
                                + b.version() + " (" + b.inForce().describe() + ") overlap in time");
            }
        }
        this.statutes = copy.stream()
                .sorted(Comparator.comparing(Statute::code).thenComparingInt(Statute::version))
                .toList();
    }

    public List<Statute> all() {
        return statutes;
    }

    public Optional<Statute> find(StatuteRef ref) {
        return statutes.stream().filter(s -> s.ref().equals(ref)).findFirst();
    }

    public List<Statute> versionsOf(StatuteCode code) {
        return statutes.stream().filter(s -> s.code().equals(code)).toList();
    }

    /**
     * The one rule for which version of a provision an offence cites: the version in force on the
     * offence date (no retrospective punishment). When none was in force, the answer still names
     * the nearest version — the next one to come into force, else the last one — so that advice and
     * refusals can say why ("applies from ...", "ceased on ..."). Charge advice, the charge sheet,
     * the figures' titles and the statute views all ask this.
     *
     * @throws InvalidValueException STATUTE_KNOWN when the catalogue has no provision with the code
     */
    public Citation versionToCite(StatuteCode code, LocalDate offenceDate) {
        InvalidValueException.required(code, "statute code");
        InvalidValueException.required(offenceDate, "offence date");
        List<Statute> versions = versionsOf(code);
        InvalidValueException.check(!versions.isEmpty(), "STATUTE_KNOWN",
                "there is no statute " + code + " in the catalogue");
        return versions.stream().filter(s -> s.isInForceOn(offenceDate)).findFirst()
                .map(s -> new Citation(s, offenceDate, true))
                .orElseGet(() -> new Citation(versions.stream()
                        .filter(s -> s.inForce().from().isAfter(offenceDate))
                        .min(Comparator.comparing(s -> s.inForce().from()))
                        .orElse(versions.get(versions.size() - 1)), offenceDate, false));
    }

    public boolean knows(StatuteCode code) {
        return statutes.stream().anyMatch(s -> s.code().equals(code));
    }

    /** Every code, each with {@link #versionToCite} on the date (for advice). */
    public List<Citation> citationsOn(LocalDate date) {
        return statutes.stream().map(Statute::code).distinct().map(code -> versionToCite(code, date)).toList();
    }

    /**
     * Which version of a provision to cite for an offence on a date.
     *
     * @param version the version in force on the date; when {@code inForce} is false, the nearest
     *                version, to explain why none applies
     */
    public record Citation(Statute version, LocalDate offenceDate, boolean inForce) {

        public Optional<Statute> cited() {
            return inForce ? Optional.of(version) : Optional.empty();
        }
    }
}
