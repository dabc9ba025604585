package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The provisions known to the system, all versions. Guarantees one version per (code, number),
 * that versions of the same code never overlap in time and are numbered in the order they came
 * into force, so "the version in force on a date" is always at most one and "the latest version"
 * is the highest number. Immutable: built once from reference data and answered from memory.
 */
public final class StatuteCatalogue {

    private static final Comparator<Statute> BY_CODE_THEN_VERSION =
            Comparator.comparing(Statute::code).thenComparingInt(Statute::version);

    private final List<Statute> statutes;
    private final Map<StatuteRef, Statute> byRef;
    /** The versions of each code, oldest first (by number, which is also by date). */
    private final Map<StatuteCode, List<Statute>> versionsByCode;

    public StatuteCatalogue(Collection<Statute> statutes) {
        List<Statute> sorted = new ArrayList<>(InvalidValueException.required(statutes, "statutes"));
        sorted.forEach(s -> InvalidValueException.required(s, "statute"));
        sorted.sort(BY_CODE_THEN_VERSION);
        Map<StatuteRef, Statute> refs = new HashMap<>();
        Map<StatuteCode, List<Statute>> byCode = new LinkedHashMap<>();
        for (Statute statute : sorted) {
            InvalidValueException.check(refs.put(statute.ref(), statute) == null, "STATUTE_VERSION_UNIQUE",
                    statute.code() + " has two versions numbered " + statute.version());
            byCode.computeIfAbsent(statute.code(), code -> new ArrayList<>()).add(statute);
        }
        byCode.values().forEach(StatuteCatalogue::checkSuccession);
        this.statutes = List.copyOf(sorted);
        this.byRef = Map.copyOf(refs);
        Map<StatuteCode, List<Statute>> frozen = new TreeMap<>();
        byCode.forEach((code, versions) -> frozen.put(code, List.copyOf(versions)));
        this.versionsByCode = Collections.unmodifiableMap(frozen);
    }

    /**
     * The versions of one code, sorted by number: each must have ceased before the next came into
     * force. Comparing neighbours suffices: once each ends before the next begins, no two overlap.
     */
    private static void checkSuccession(List<Statute> versions) {
        for (int i = 1; i < versions.size(); i++) {
            Statute earlier = versions.get(i - 1);
            Statute later = versions.get(i);
            InvalidValueException.check(!earlier.inForce().overlaps(later.inForce()), "STATUTE_VERSIONS_DO_NOT_OVERLAP",
                    later.code() + " versions " + earlier.version() + " (" + earlier.inForce().describe() + ") and "
                            + later.version() + " (" + later.inForce().describe() + ") overlap in time");
            InvalidValueException.check(earlier.inForce().from().isBefore(later.inForce().from()),
                    "STATUTE_VERSIONS_IN_ORDER", later.code() + " version " + later.version() + " ("
                            + later.inForce().describe() + ") came into force before version " + earlier.version()
                            + " (" + earlier.inForce().describe() + "); versions are numbered in the order they came into force");
        }
    }

    public static StatuteCatalogue of(Statute... statutes) {
        return new StatuteCatalogue(List.of(statutes));
    }

    /** Every version, ordered by code and then by version. */
    public List<Statute> all() {
        return statutes;
    }

    public Optional<Statute> find(StatuteRef ref) {
        return ref == null ? Optional.empty() : Optional.ofNullable(byRef.get(ref));
    }

    /** The versions of a code, oldest first; empty when the catalogue does not know it. */
    public List<Statute> versionsOf(StatuteCode code) {
        return code == null ? List.of() : versionsByCode.getOrDefault(code, List.of());
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
        // Versions are in date order and do not overlap: the first not yet ceased on the date is
        // either in force on it or the next to come into force.
        for (Statute version : versions) {
            boolean ceased = version.inForce().untilDate().filter(until -> !offenceDate.isBefore(until)).isPresent();
            if (!ceased) {
                return new Citation(version, offenceDate, version.isInForceOn(offenceDate));
            }
        }
        return new Citation(versions.get(versions.size() - 1), offenceDate, false);
    }

    /** The version of a code in force on a day, if any ({@link #versionToCite} when it is in force). */
    public Optional<Statute> inForceOn(StatuteCode code, LocalDate day) {
        return knows(code) ? versionToCite(code, day).cited() : Optional.empty();
    }

    /** The versions in force on a day, one per code at most, ordered by code. */
    public List<Statute> inForceOn(LocalDate day) {
        return citationsOn(day).stream().flatMap(c -> c.cited().stream()).toList();
    }

    /** The highest-numbered (most recent) version of a code, if the catalogue knows it. */
    public Optional<Statute> latestVersionOf(StatuteCode code) {
        List<Statute> versions = versionsOf(code);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public boolean knows(StatuteCode code) {
        return code != null && versionsByCode.containsKey(code);
    }

    /** Every code, ordered, each with {@link #versionToCite} on the date (for advice). */
    public List<Citation> citationsOn(LocalDate date) {
        InvalidValueException.required(date, "date");
        return versionsByCode.keySet().stream().map(code -> versionToCite(code, date)).toList();
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
