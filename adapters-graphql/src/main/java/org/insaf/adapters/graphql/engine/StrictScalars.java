package org.insaf.adapters.graphql.engine;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import org.insaf.application.port.in.InputLimits;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Replaces the input side of SmallRye's {@code Int}, {@code BigInteger} and {@code Date} scalars
 * with strict ones, found by SmallRye's {@code ServiceLoader} (listed in {@code META-INF/services}).
 * <p>
 * SmallRye narrows an {@code Int} with {@code BigInteger.intValue()} (its range check compares
 * with the minimum twice), so {@code first: 4294967306} arrived as 10; a variable is handed on as
 * the JSON number it was and narrowed later the same way; a {@code Long} argument (a
 * {@code BigInteger} in the schema) wraps at 64 bits. Its {@code Date} accepts whatever
 * {@code LocalDate.parse} does, years of five digits and year 1 included. Here a value is refused
 * before any resolver runs unless it is exactly what the type says: an {@code Int} a whole number
 * of 32 bits, a {@code BigInteger} one of 64 bits, a {@code Date} {@code YYYY-MM-DD} from
 * {@link InputLimits#EARLIEST_DATE}. Accepted values go on to SmallRye's own coercing unchanged,
 * and output is SmallRye's. graphql-java's public {@link SchemaTransformer} swaps the scalars; the
 * API tests of these limits fail if a SmallRye upgrade stops calling this hook.
 */
public class StrictScalars implements EventingService {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema strict = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                                                           TraverserContext<GraphQLSchemaElement> context) {
                Coercing<?, ?> strictCoercing = strict(scalar);
                return strictCoercing == null ? TraversalControl.CONTINUE
                        : changeNode(context, scalar.transform(b -> b.coercing(strictCoercing)));
            }
        });
        return GraphQLSchema.newSchema(strict).codeRegistry(resolvingInto(strict));
    }

    /**
     * The transform gives every object type with a swapped scalar a new instance, but SmallRye's
     * type resolvers of interfaces (Node) still return the instances they were built with, which no
     * inline fragment of the new schema then matches: each resolver's answer is looked up again, by
     * name, in the schema being executed.
     */
    private static graphql.schema.GraphQLCodeRegistry resolvingInto(GraphQLSchema strict) {
        graphql.schema.GraphQLCodeRegistry registry = strict.getCodeRegistry();
        return registry.transform(codes -> {
            for (graphql.schema.GraphQLNamedType type : strict.getAllTypesAsList()) {
                if (type instanceof graphql.schema.GraphQLInterfaceType contract) {
                    graphql.schema.TypeResolver original = registry.getTypeResolver(contract);
                    codes.typeResolver(contract, env -> {
                        graphql.schema.GraphQLObjectType resolved = original.getType(env);
                        return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
                    });
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Coercing<?, ?> strict(GraphQLScalarType scalar) {
        Coercing<Object, Object> original = (Coercing<Object, Object>) scalar.getCoercing();
        if (original instanceof Strict) {
            return null;
        }
        return switch (scalar.getName()) {
            case "Int" -> new Strict(original, "Int", StrictScalars::int32, StrictScalars::intLiteral);
            case "BigInteger" -> new Strict(original, "BigInteger", StrictScalars::int64, StrictScalars::bigIntegerLiteral);
            case "Date" -> new Strict(original, "Date", StrictScalars::date, StrictScalars::dateLiteral);
            default -> null;
        };
    }

    // ------------------------------------------------------------------ Int and BigInteger

    private static final java.util.List<String> OWN_REASONS =
            java.util.List.of("an Int ", "a whole number ", "a Date ", "dates start at ");

    /** True for a reason these scalars give: it names the rule and the limit, never the value. */
    public static boolean isOwnReason(String reason) {
        return OWN_REASONS.stream().anyMatch(reason::startsWith);
    }

    private static Object int32(Object input) {
        return whole(input, INT_MIN, INT_MAX, "an Int").intValueExact();
    }

    private static Object int64(Object input) {
        return whole(input, LONG_MIN, LONG_MAX, "a whole number of 64 bits");
    }

    private static Object intLiteral(Value<?> literal) {
        if (!(literal instanceof IntValue value)) {
            throw new IllegalArgumentException("an Int is written as a whole number without quotes");
        }
        return int32(value.getValue());
    }

    private static Object bigIntegerLiteral(Value<?> literal) {
        if (!(literal instanceof IntValue value)) {
            throw new IllegalArgumentException("a whole number is written without quotes");
        }
        return int64(value.getValue());
    }

    // Messages name the rule and the limit, never the value: a number sent to an Int may be a CNIC.

    /** The exact whole number of a JSON or literal number, refused when it has a fraction or lies outside the range. */
    static BigInteger whole(Object input, BigInteger min, BigInteger max, String what) {
        if (!(input instanceof Number)) {
            throw new IllegalArgumentException(what + " must be a number");
        }
        BigInteger value;
        try {
            value = new BigDecimal(input.toString()).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " lies between " + min + " and " + max);
        }
        return value;
    }

    // ------------------------------------------------------------------ Date

    private static Object date(Object input) {
        if (!(input instanceof String text)) {
            throw new IllegalArgumentException("a Date is a string YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new IllegalArgumentException("a Date reads YYYY-MM-DD, a real day of a four-digit year");
        }
        if (date.isBefore(InputLimits.EARLIEST_DATE)) {
            throw new IllegalArgumentException("dates start at " + InputLimits.EARLIEST_DATE);
        }
        return text;
    }

    private static Object dateLiteral(Value<?> literal) {
        if (!(literal instanceof StringValue value)) {
            throw new IllegalArgumentException("a Date is a string YYYY-MM-DD");
        }
        date(value.getValue());
        return literal;
    }

    // ------------------------------------------------------------------ the coercing

    private interface Check {
        Object apply(Object value);
    }

    private interface LiteralCheck {
        Object apply(Value<?> value);
    }

    /**
     * Checks an input value strictly; what passes goes on to SmallRye's coercing (numbers as the
     * exact value, a date literal as it was written), so the values resolvers see are unchanged.
     */
    private static final class Strict implements Coercing<Object, Object> {

        private final Coercing<Object, Object> original;
        private final String name;
        private final Check value;
        private final LiteralCheck literal;

        Strict(Coercing<Object, Object> original, String name, Check value, LiteralCheck literal) {
            this.original = original;
            this.name = name;
            this.value = value;
            this.literal = literal;
        }

        @Override
        public Object serialize(Object dataFetcherResult, GraphQLContext context, Locale locale)
                throws CoercingSerializeException {
            return original.serialize(dataFetcherResult, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            Object checked;
            try {
                checked = value.apply(input);
            } catch (IllegalArgumentException e) {
                throw new CoercingParseValueException(e.getMessage());
            }
            return original.parseValue(checked, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            Object checked;
            try {
                checked = literal.apply(input);
            } catch (IllegalArgumentException e) {
                throw new CoercingParseLiteralException(e.getMessage());
            }
            if (checked instanceof Value<?> same) {
                return original.parseLiteral(same, variables, context, locale);
            }
            return original.parseValue(checked, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return original.valueToLiteral(input, context, locale);
        }

        @Override
        public String toString() {
            return "strict " + name;
        }
    }
}
