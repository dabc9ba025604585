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

    public static StatuteCatalogue of(Statute... statutes) {
        return new StatuteCatalogue(List.of(statutes));
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

    public Optional<Statute> versionInForceOn(StatuteCode code, LocalDate date) {
        return statutes.stream().filter(s -> s.code().equals(code) && s.isInForceOn(date)).findFirst();
    }

    /** One entry per code: the version in force on the date, else the latest version (for advice). */
    public List<Statute> mostRelevantVersionsOn(LocalDate date) {
        return statutes.stream()
                .map(Statute::code)
                .distinct()
                .map(code -> versionInForceOn(code, date).orElseGet(() -> closestVersion(code, date)))
                .toList();
    }

    // A provision not in force on the date is still shown in advice; the version nearest in time
    // explains best why it does not apply ("applies from ..." or "ceased on ...").
    private Statute closestVersion(StatuteCode code, LocalDate date) {
        List<Statute> versions = versionsOf(code);
        return versions.stream()
                .filter(s -> s.inForce().from().isAfter(date))
                .min(Comparator.comparing(s -> s.inForce().from()))
                .orElse(versions.get(versions.size() - 1));
    }
}
