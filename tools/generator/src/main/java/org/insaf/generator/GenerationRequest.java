package org.insaf.generator;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to generate.
 *
 * @param cases     how many cases
 * @param seed      the same seed (and as-of day) gives the same cases
 * @param firPrefix starts every FIR number ("GEN" and the seed unless given), so that runs with
 *                  different seeds never collide and a repeated run is refused as a duplicate FIR
 * @param asOf      the day the data stands on: no date after it (the business clock's today
 *                  unless given; it may not be later than today)
 * @param workers   how many stories run at once
 * @param oneTransactionPerCase a whole story in one transaction, or each command in its own
 * @param from      the number of cases a stopped run already generated: this run generates the
 *                  rest (cases {@code from + 1} to {@code cases}), the same as an unbroken run would
 */
public record GenerationRequest(int cases, long seed, String firPrefix, Optional<LocalDate> asOf, int workers,
                                boolean oneTransactionPerCase, int from) {

    public static final long DEFAULT_SEED = 20_120_101L;

    public GenerationRequest {
        if (cases < 1) {
            throw new IllegalArgumentException("generate at least one case, not " + cases);
        }
        firPrefix = firPrefix == null || firPrefix.isBlank() ? "GEN" + seed : firPrefix.strip();
        if (!firPrefix.matches("[A-Za-z0-9-]{1,20}")) {
            throw new IllegalArgumentException("a FIR prefix is 1 to 20 letters, digits or dashes, not '" + firPrefix + "'");
        }
        asOf = asOf == null ? Optional.empty() : asOf;
        if (from < 0 || from >= cases) {
            throw new IllegalArgumentException("--from counts the cases already generated, 0 to " + (cases - 1) + ", not " + from);
        }
        if (workers < 1 || workers > 16) {
            throw new IllegalArgumentException("1 to 16 workers, not " + workers);
        }
    }

    public static GenerationRequest of(Profile profile, long seed) {
        return new GenerationRequest(profile.cases, seed, null, Optional.empty(), 1, true, 0);
    }

    /** The sizes the generator knows by name. */
    public enum Profile {
        /** A thousand cases: seconds, for tests and a first look. */
        SMALL(1_000),
        /** A decade and more of national data: 100,000 cases, about 300,000 victims and 150,000 accused. */
        NATIONAL(100_000);

        public final int cases;

        Profile(int cases) {
            this.cases = cases;
        }
    }
}
