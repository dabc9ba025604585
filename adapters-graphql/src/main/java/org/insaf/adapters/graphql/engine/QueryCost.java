package org.insaf.adapters.graphql.engine;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The cost of a GraphQL operation, computed from the parsed document alone, before validation and
 * execution: every field counts 1, and what a field selects counts once per element it may return.
 * <ul>
 *   <li>a field with a {@code first} or {@code limit} argument (a page) returns that many elements (the
 *   value written, the variable's value, or the argument's default, counted from 1 to
 *   {@link #MAX_PAGE_SIZE}), and each element costs
 *   {@link #PAGE_ELEMENT_COST} more: it is a row read and checked, dearer than its fields;</li>
 *   <li>the {@code edges} of a {@code …Connection} are that page, already counted by its {@code first};</li>
 *   <li>any other list counts {@link #DEFAULT_LIST_SIZE} elements;</li>
 *   <li>introspection types ({@code __Type} and the like) count their lists once: their size is
 *   the schema's, not the data's.</li>
 * </ul>
 * Fragments are expanded: a spread costs what its fragment costs, computed once per fragment, so
 * a document whose spreads multiply (each fragment spreading the next several times) is costed in
 * time proportional to its length, never expanded. Arithmetic saturates at {@link Long#MAX_VALUE}.
 * A spread of an unknown fragment, or one within its own cycle, costs nothing here: validation
 * refuses that document.
 * <p>
 * The same walk measures the operation's shape ({@link Measure}): how many fields it has, each
 * counted every time its fragment is spread, how deep its fields nest, and whether it asks the
 * schema about itself ({@code __schema}, {@code __type}).
 */
public final class QueryCost {

    /** How many elements a list without a page size is counted as. */
    public static final int DEFAULT_LIST_SIZE = 10;

    /**
     * The largest page counted: the resolvers refuse a bigger one (rule PAGE_SIZE), and the
     * strict Int scalar one beyond 32 bits, each with its own message, which must not give way to
     * a cost derived from the value (a number sent may be a CNIC).
     */
    public static final int MAX_PAGE_SIZE = 100;

    /** What each element of a page costs besides its fields. */
    public static final int PAGE_ELEMENT_COST = 100;

    private static final Set<String> PAGE_SIZE_ARGUMENTS = Set.of("first", "limit");

    /**
     * Lists without a page size that hold rows read and checked, as many as a page: a court's cause
     * list for a day (a busy trial court calls a hundred cases) is counted as a page of
     * {@link #MAX_PAGE_SIZE}.
     */
    private static final Set<String> UNPAGED_ROW_LISTS = Set.of("CauseList.entries");

    private final GraphQLSchema schema;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Measure> fragmentMeasures = new HashMap<>();
    private final Set<String> costing = new HashSet<>();
    private Map<String, VariableDefinition> variableDefinitions = Map.of();

    private QueryCost(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables == null ? Map.of() : variables;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    /**
     * The cost of the operation named {@code operationName}; with no name, the dearest operation of
     * the document (graphql-java refuses a document of several unnamed ones anyway).
     */
    public static long of(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        return measure(schema, document, operationName, variables).cost();
    }

    /**
     * The measure of the operation named {@code operationName}; with no name, of every operation of
     * the document together, each figure the largest of any of them.
     */
    public static Measure measure(GraphQLSchema schema, Document document, String operationName,
                                  Map<String, Object> variables) {
        QueryCost cost = new QueryCost(schema, document, variables);
        Measure largest = Measure.NOTHING;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName == null || operationName.equals(operation.getName())) {
                largest = largest.largest(cost.operation(operation));
            }
        }
        return largest;
    }

    /** The cost of one operation of the document. */
    public static long ofOperation(GraphQLSchema schema, Document document, OperationDefinition operation,
                          Map<String, Object> variables) {
        return measureOperation(schema, document, operation, variables).cost();
    }

    /** The measure of one operation of the document. */
    public static Measure measureOperation(GraphQLSchema schema, Document document, OperationDefinition operation,
                                           Map<String, Object> variables) {
        return new QueryCost(schema, document, variables).operation(operation);
    }

    /**
     * What an operation, or a part of it, amounts to.
     *
     * @param cost        its cost, as above
     * @param fields      its fields, each counted once per place it appears once fragments are expanded
     * @param depth       how many fields deep it nests (a root field is at depth 1)
     * @param introspects whether it selects {@code __schema} or {@code __type}
     */
    public record Measure(long cost, long fields, int depth, boolean introspects) {

        static final Measure NOTHING = new Measure(0, 0, 0, false);

        /** The two side by side, in one selection set. */
        Measure and(Measure other) {
            return new Measure(add(cost, other.cost), add(fields, other.fields), Math.max(depth, other.depth),
                    introspects || other.introspects);
        }

        /** Each figure the larger of the two (two operations, only one of which runs). */
        Measure largest(Measure other) {
            return new Measure(Math.max(cost, other.cost), Math.max(fields, other.fields), Math.max(depth, other.depth),
                    introspects || other.introspects);
        }
    }

    private Measure operation(OperationDefinition operation) {
        variableDefinitions = new HashMap<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            variableDefinitions.putIfAbsent(definition.getName(), definition);
        }
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        return selections(operation.getSelectionSet(), root);
    }

    private Measure selections(SelectionSet set, GraphQLFieldsContainer parent) {
        if (set == null) {
            return Measure.NOTHING;
        }
        Measure total = Measure.NOTHING;
        for (Selection<?> selection : set.getSelections()) {
            total = total.and(selection(selection, parent));
        }
        return total;
    }

    private Measure selection(Selection<?> selection, GraphQLFieldsContainer parent) {
        if (selection instanceof Field field) {
            return field(field, parent);
        }
        if (selection instanceof InlineFragment inline) {
            GraphQLFieldsContainer on = inline.getTypeCondition() == null ? parent
                    : container(schema.getType(inline.getTypeCondition().getName()));
            return selections(inline.getSelectionSet(), on);
        }
        if (selection instanceof FragmentSpread spread) {
            return fragment(spread.getName());
        }
        return Measure.NOTHING;
    }

    private Measure fragment(String name) {
        Measure known = fragmentMeasures.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null || !costing.add(name)) {
            return Measure.NOTHING;
        }
        Measure measure = selections(fragment.getSelectionSet(),
                container(schema.getType(fragment.getTypeCondition().getName())));
        costing.remove(name);
        fragmentMeasures.put(name, measure);
        return measure;
    }

    private Measure field(Field field, GraphQLFieldsContainer parent) {
        boolean introspects = field.getName().equals(Introspection.SchemaMetaFieldDef.getName())
                || field.getName().equals(Introspection.TypeMetaFieldDef.getName());
        GraphQLFieldDefinition definition = definition(field.getName(), parent);
        GraphQLFieldsContainer inner = definition == null ? null : container(GraphQLTypeUtil.unwrapAll(definition.getType()));
        Measure children = selections(field.getSelectionSet(), inner);
        long fields = add(1, children.fields());
        int depth = children.depth() == Integer.MAX_VALUE ? Integer.MAX_VALUE : children.depth() + 1;
        return new Measure(cost(field, definition, parent, children.cost()), fields, depth,
                introspects || children.introspects());
    }

    private long cost(Field field, GraphQLFieldDefinition definition, GraphQLFieldsContainer parent, long children) {
        if (definition == null) {
            return add(1, children);
        }
        for (GraphQLArgument argument : definition.getArguments()) {
            if (PAGE_SIZE_ARGUMENTS.contains(argument.getName())) {
                long size = Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize(field, argument)));
                return add(1, multiply(size, add(PAGE_ELEMENT_COST, children)));
            }
        }
        if (parent != null && UNPAGED_ROW_LISTS.contains(parent.getName() + "." + field.getName())) {
            return add(1, multiply(MAX_PAGE_SIZE, add(PAGE_ELEMENT_COST, children)));
        }
        return add(1, multiply(elements(field, definition.getType(), parent), children));
    }

    private long elements(Field field, GraphQLOutputType type, GraphQLFieldsContainer parent) {
        if (!isList(type) || parent == null || parent.getName().startsWith("__")) {
            return 1;
        }
        if (field.getName().equals("edges") && parent.getName().endsWith("Connection")) {
            return 1;
        }
        return DEFAULT_LIST_SIZE;
    }

    /** The page size asked for: written, from a variable, or the argument's default; 1 when none can be read. */
    private long pageSize(Field field, GraphQLArgument argument) {
        Value<?> written = null;
        for (Argument a : field.getArguments()) {
            if (a.getName().equals(argument.getName())) {
                written = a.getValue();
            }
        }
        if (written instanceof VariableReference reference) {
            Object value = variables.get(reference.getName());
            if (value == null && !variables.containsKey(reference.getName())) {
                VariableDefinition definition = variableDefinitions.get(reference.getName());
                written = definition == null ? null : definition.getDefaultValue();
            } else {
                return number(value);
            }
        }
        if (written instanceof IntValue literal) {
            return number(literal.getValue());
        }
        if (written == null && argument.hasSetDefaultValue()
                && argument.getArgumentDefaultValue().getValue() instanceof Number n) {
            return number(n);
        }
        if (written == null && argument.hasSetDefaultValue()
                && argument.getArgumentDefaultValue().getValue() instanceof IntValue literal) {
            return number(literal.getValue());
        }
        return 1;
    }

    private static long number(Object value) {
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? big.longValue() : (big.signum() > 0 ? Long.MAX_VALUE : 1);
        }
        if (value instanceof Number n) {
            try {
                return new java.math.BigDecimal(n.toString()).setScale(0, java.math.RoundingMode.CEILING)
                        .max(java.math.BigDecimal.ONE).min(java.math.BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }

    private GraphQLFieldDefinition definition(String name, GraphQLFieldsContainer parent) {
        if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
            return Introspection.SchemaMetaFieldDef;
        }
        if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
            return Introspection.TypeMetaFieldDef;
        }
        return parent == null ? null : parent.getFieldDefinition(name);
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType t = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return t instanceof GraphQLList;
    }

    private static GraphQLFieldsContainer container(GraphQLType type) {
        return type instanceof GraphQLFieldsContainer c ? c : null;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }
}
