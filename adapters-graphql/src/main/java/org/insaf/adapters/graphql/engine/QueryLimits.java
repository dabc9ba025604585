package org.insaf.adapters.graphql.engine;

import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.ParserOptions;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;
import java.util.function.Function;

/**
 * The limits every GraphQL document is held to before anything runs, from the configuration
 * ({@code insaf.graphql.limits.*}), each defaulting to the value docs/api-limits.md gives.
 *
 * @param maxCost             the {@link QueryCost} above which an operation is refused
 * @param maxCharacters       graphql-java's parser: characters of a document
 * @param maxTokens           the parser: grammar tokens
 * @param maxWhitespaceTokens the parser: whitespace and comment tokens
 * @param maxRuleDepth        the parser: depth of its grammar rules (nesting)
 * @param maxNormalizedFields a backstop for graphql-java's normalized operation, should anything
 *                            build one for a document that passed the cost
 * @param maxDepth            how deep the fields of an operation may nest (a root field is at depth 1)
 * @param maxFields           how many fields an operation may have, fragments expanded (its complexity)
 * @param introspection       whether {@code __schema} and {@code __type} may be asked for
 */
public record QueryLimits(long maxCost, int maxCharacters, int maxTokens, int maxWhitespaceTokens, int maxRuleDepth,
                          int maxNormalizedFields, int maxDepth, int maxFields, boolean introspection) {

    public static final String PREFIX = "insaf.graphql.limits.";
    /** Off by default: frontend teams have the committed SDL (docs/schema.graphql). */
    public static final String INTROSPECTION = "insaf.graphql.introspection";

    /** Above the dearest query the frontend sends (a page of 100 cases with every field), and the parser's well above its documents. */
    public static final QueryLimits DEFAULTS = new QueryLimits(100_000, 128 * 1024, 5_000, 20_000, 200, 20_000,
            15, 400, false);

    public QueryLimits {
        positive("max-cost", maxCost);
        positive("max-characters", maxCharacters);
        positive("max-tokens", maxTokens);
        positive("max-whitespace-tokens", maxWhitespaceTokens);
        positive("max-rule-depth", maxRuleDepth);
        positive("max-normalized-fields", maxNormalizedFields);
        positive("max-depth", maxDepth);
        positive("max-fields", maxFields);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(PREFIX + name + " must be at least 1, not " + value);
        }
    }

    /** The limits the service's configuration sets (MicroProfile Config), each one it leaves out at its default. */
    public static QueryLimits configured() {
        Config config = ConfigProvider.getConfig();
        return from(name -> config.getOptionalValue(name, String.class));
    }

    /** The limits the configuration sets, each one it leaves out at its default. */
    public static QueryLimits from(Function<String, Optional<String>> configuration) {
        return new QueryLimits(
                number(configuration, "max-cost", DEFAULTS.maxCost),
                (int) number(configuration, "max-characters", DEFAULTS.maxCharacters),
                (int) number(configuration, "max-tokens", DEFAULTS.maxTokens),
                (int) number(configuration, "max-whitespace-tokens", DEFAULTS.maxWhitespaceTokens),
                (int) number(configuration, "max-rule-depth", DEFAULTS.maxRuleDepth),
                (int) number(configuration, "max-normalized-fields", DEFAULTS.maxNormalizedFields),
                (int) number(configuration, "max-depth", DEFAULTS.maxDepth),
                (int) number(configuration, "max-fields", DEFAULTS.maxFields),
                yesOrNo(configuration, INTROSPECTION, DEFAULTS.introspection));
    }

    private static boolean yesOrNo(Function<String, Optional<String>> configuration, String name, boolean defaultValue) {
        Optional<String> value = configuration.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.get());
        }
        throw new IllegalArgumentException(name + " must be true or false, not '" + value.get() + "'");
    }

    private static long number(Function<String, Optional<String>> configuration, String name, long defaultValue) {
        Optional<String> value = configuration.apply(PREFIX + name);
        if (value.isEmpty() || value.get().isBlank()) {
            return defaultValue;
        }
        long limit = name.equals("max-cost") ? Long.MAX_VALUE : Integer.MAX_VALUE;
        try {
            long parsed = Long.parseLong(value.get().strip().replace("_", ""));
            if (parsed > limit) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " must be a whole number from 1 to " + limit
                    + ", not '" + value.get().strip() + "'", e);
        }
    }

    /**
     * Sets the JVM-wide parser and normalized-operation limits of graphql-java (its public static
     * defaults: SmallRye sets only the SDL-and-general parser options, not the operation ones).
     */
    public void applyToEngine() {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(b -> b
                .maxCharacters(maxCharacters)
                .maxTokens(maxTokens)
                .maxWhitespaceTokens(maxWhitespaceTokens)
                .maxRuleDepth(maxRuleDepth)));
        ExecutableNormalizedOperationFactory.Options.setDefaultOptions(
                ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(maxNormalizedFields));
    }
}
