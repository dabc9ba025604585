package org.insaf.generator;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import org.insaf.bootstrap.CommandMode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code [--profile small|national] [--cases N] [--seed S] [--fir-prefix P] [--as-of YYYY-MM-DD]}:
 * fills the database with generated cases, prints progress, and exits 0 when they are all in
 * (1 on a refusal, 2 on bad arguments).
 */
public class GenerateCommand implements QuarkusApplication {

    static final int DEFAULT_WORKERS = 2;
    static final boolean DEFAULT_ONE_TRANSACTION_PER_CASE = false;

    static final String USAGE = """
            usage: java -Dinsaf.data-dir=DIR -jar tools/generator/target/quarkus-app/quarkus-run.jar \\
                     [--profile small|national] [--cases N] [--seed S] [--fir-prefix P] [--as-of YYYY-MM-DD]
                     [--workers N] [--transaction case|command] [--from K]
              --profile     small = 1,000 cases, national = 100,000 cases (default national)
              --cases       any number of cases instead of the profile's
              --seed        same seed and as-of day, same cases (default %d)
              --fir-prefix  starts every FIR number (default GEN<seed>)
              --as-of       the day the data stands on (default today)
              --from        resume a stopped run (same options) that had generated K cases
              --workers     stories run at once (default %d)
              --transaction case: a story in one transaction; command: each command in its own (default %s)
            """.formatted(GenerationRequest.DEFAULT_SEED, DEFAULT_WORKERS, DEFAULT_ONE_TRANSACTION_PER_CASE ? "case" : "command");

    @Inject
    DataGenerator generator;

    /**
     * What the generator needs of the service: the database only. No one signs in, so OIDC is off;
     * the HTTP server takes a free loopback port so it never meets a running service; commits do
     * not wait for the disk (a crash loses at most the last few cases, never consistency).
     */
    public static void configureCommandMode() {
        CommandMode.configure();
        System.setProperty("quarkus.datasource.jdbc.new-connection-sql", "SET synchronous_commit = off");
    }

    @Override
    public int run(String... args) {
        GenerationRequest request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        if (request == null) {
            System.out.print(USAGE);
            return 0;
        }
        try {
            GenerationReport report = generator.generate(request, System.out::println);
            System.out.println("generated " + report.describe());
            return 0;
        } catch (StoryRunner.StoryRefused refused) {
            // A refusal of the domain or the access rules is a bug of the generator; anything else
            // (the database went away) is not, and the run can be resumed with --from.
            System.err.println("generation stopped: " + refused.getMessage());
            return 1;
        }
    }

    /** The request the arguments ask for; null when they ask for help. */
    static GenerationRequest parse(String... args) {
        GenerationRequest.Profile profile = GenerationRequest.Profile.NATIONAL;
        Integer cases = null;
        long seed = GenerationRequest.DEFAULT_SEED;
        String prefix = null;
        Optional<LocalDate> asOf = Optional.empty();
        int workers = DEFAULT_WORKERS;
        int from = 0;
        boolean oneTransactionPerCase = DEFAULT_ONE_TRANSACTION_PER_CASE;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--profile" -> {
                    try {
                        profile = GenerationRequest.Profile.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("the profile is small or national, not " + value);
                    }
                }
                case "--cases" -> cases = number(option, value).intValue();
                case "--seed" -> seed = number(option, value);
                case "--fir-prefix" -> prefix = value;
                case "--workers" -> workers = number(option, value).intValue();
                case "--from" -> from = number(option, value).intValue();
                case "--transaction" -> {
                    if (!value.equals("case") && !value.equals("command")) {
                        throw new IllegalArgumentException("--transaction is case or command, not " + value);
                    }
                    oneTransactionPerCase = value.equals("case");
                }
                case "--as-of" -> {
                    try {
                        asOf = Optional.of(LocalDate.parse(value));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--as-of takes a date YYYY-MM-DD, not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new GenerationRequest(cases == null ? profile.cases : cases, seed, prefix, asOf, workers,
                oneTransactionPerCase, from);
    }

    private static Long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
    }
}
