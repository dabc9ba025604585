package org.insaf.adapters.graphql.engine.fast;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.Validator;
import org.insaf.adapters.graphql.engine.PlainFieldFetching;
import org.insaf.adapters.graphql.engine.PlainFieldFetching.PlainRead;
import org.insaf.adapters.graphql.engine.QueryCost;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The read documents the fast path can answer: parsed once per document text (kept in a bounded
 * cache), measured against the limits with each request's variables, validated once (only a
 * document within the limits: one over them goes to SmallRye, which refuses it before validation,
 * so its validation is never paid here), then bound to the request's variables into the fields to write. Anything it
 * does not reproduce exactly (a mutation, a root field other than the given ones, an abstract type,
 * a directive other than {@code @skip}/{@code @include}, a field that is not a plain read of a view
 * record, a document or variables graphql-java would refuse, a cost over the limits) gives
 * {@code null}, and the request goes to SmallRye's execution unchanged.
 */
final class ReadDocuments {

    /** Bounds the cache's memory (texts and trees) to a few megabytes whatever clients send. */
    private static final int CACHED_DOCUMENTS = 128;
    /** A frontend's page or detail query is one or two kilobytes; a longer document is SmallRye's. */
    static final int MAX_CHARACTERS = 8192;
    private static final Prepared UNSUPPORTED = new Prepared(null);
    private static final AtomicLong VALIDATIONS = new AtomicLong();

    private final GraphQLSchema schema;
    private final GraphQLCodeRegistry registry;
    private final Predicate<QueryCost.Measure> withinLimits;
    private final Set<String> roots;
    private final Map<String, Prepared> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_DOCUMENTS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
                    return size() > CACHED_DOCUMENTS;
                }
            });

    /**
     * @param roots        the root fields of {@code Query} the caller can resolve
     * @param withinLimits whether a measure is within the cost, depth and field limits (and introspection)
     */
    ReadDocuments(GraphQLSchema schema, Set<String> roots, Predicate<QueryCost.Measure> withinLimits) {
        this.schema = schema;
        this.registry = schema.getCodeRegistry();
        this.roots = roots;
        this.withinLimits = withinLimits;
    }

    /** The operation of this request bound to its variables, or null to leave the request to SmallRye. */
    Bound bind(String query, String operationName, Map<String, Object> variables) {
        if (query.length() > MAX_CHARACTERS) {
            return null;
        }
        Prepared prepared = cache.get(query);
        if (prepared == null) {
            // Outside the map's lock: a long document is not parsed while others wait for theirs.
            prepared = prepare(query);
            cache.put(query, prepared);
        }
        if (prepared.document == null) {
            return null;
        }
        OperationDefinition operation = operation(prepared.document, operationName);
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY
                || !operation.getDirectives().isEmpty()) {
            return null;
        }
        try {
            CoercedVariables coerced = ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(),
                    RawVariables.of(variables), GraphQLContext.getDefault(), Locale.getDefault());
            // The same two measures as QueryCostLimit: at validation with the raw variables, at execution with the coerced.
            if (!withinLimits.test(QueryCost.measure(schema, prepared.document, operationName, variables))
                    || !withinLimits.test(QueryCost.measureOperation(schema, prepared.document, operation, coerced.toMap()))) {
                return null;
            }
            if (!prepared.valid(schema)) {
                return null;
            }
            Binding binding = new Binding(prepared.document, coerced);
            List<FieldPlan> rootFields = binding.collect(schema.getQueryType(), List.of(operation.getSelectionSet()), true);
            return new Bound(rootFields, coerced, schema.getQueryType().getName());
        } catch (Unsupported | RuntimeException notExactlyOurs) {
            return null;
        }
    }

    private Prepared prepare(String query) {
        try {
            Document document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                if (!fragment.getDirectives().isEmpty()) {
                    return UNSUPPORTED;
                }
            }
            return new Prepared(document);
        } catch (RuntimeException refusedOrUnparsable) {
            return UNSUPPORTED;
        }
    }

    /** How many documents the fast path has validated, for the tests that check what it leaves unvalidated. */
    static long validations() {
        return VALIDATIONS.get();
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        OperationDefinition found = null;
        for (OperationDefinition operation : operations) {
            if (operationName.equals(operation.getName())) {
                if (found != null) {
                    return null;
                }
                found = operation;
            }
        }
        return found;
    }

    /** A parsed document and, once a request within the limits asked, whether graphql-java finds it valid. */
    private static final class Prepared {

        final Document document;
        private volatile Boolean valid;

        Prepared(Document document) {
            this.document = document;
        }

        // Two requests may both validate a new document; the answer is the same, and kept.
        boolean valid(GraphQLSchema schema) {
            Boolean known = valid;
            if (known == null) {
                VALIDATIONS.incrementAndGet();
                known = new Validator().validateDocument(schema, document, Locale.getDefault()).isEmpty();
                valid = known;
            }
            return known;
        }
    }

    /** Thrown while binding where the fast path would not answer exactly as graphql-java does. */
    static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * The operation's fields as graphql-java collects them (CollectFields of the spec: merged by
     * response key in the order first seen, {@code @skip}/{@code @include} applied) for this request.
     */
    record Bound(List<FieldPlan> rootFields, CoercedVariables variables, String queryTypeName) {
    }

    /** A field to answer: its response key, its definition, how to read it and what to select below it. */
    static final class FieldPlan {
        final String key;
        final String name;
        final Field field;
        final GraphQLOutputType type;
        final PlainRead read;
        final String typeName;
        final List<FieldPlan> selection;
        final Map<String, Object> arguments;

        FieldPlan(String key, String name, Field field, GraphQLOutputType type, PlainRead read, String typeName,
                  List<FieldPlan> selection, Map<String, Object> arguments) {
            this.key = key;
            this.name = name;
            this.field = field;
            this.type = type;
            this.read = read;
            this.typeName = typeName;
            this.selection = selection;
            this.arguments = arguments;
        }

        boolean isTypename() {
            return typeName != null;
        }
    }

    private final class Binding {

        private final Document document;
        private final CoercedVariables variables;

        Binding(Document document, CoercedVariables variables) {
            this.document = document;
            this.variables = variables;
        }

        List<FieldPlan> collect(GraphQLObjectType type, List<SelectionSet> sets, boolean root) throws Unsupported {
            Map<String, List<Field>> grouped = new LinkedHashMap<>();
            Set<String> visited = new HashSet<>();
            for (SelectionSet set : sets) {
                collectInto(type, set, grouped, visited);
            }
            List<FieldPlan> plans = new ArrayList<>(grouped.size());
            for (Map.Entry<String, List<Field>> entry : grouped.entrySet()) {
                plans.add(plan(type, entry.getKey(), entry.getValue(), root));
            }
            return plans;
        }

        private FieldPlan plan(GraphQLObjectType type, String key, List<Field> fields, boolean root) throws Unsupported {
            Field first = fields.get(0);
            String name = first.getName();
            if (name.equals("__typename")) {
                return new FieldPlan(key, name, first, null, null, type.getName(), null, null);
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(name);
            if (definition == null || name.startsWith("__")) {
                throw new Unsupported();
            }
            PlainRead read = null;
            Map<String, Object> arguments = null;
            if (root) {
                if (!roots.contains(name)) {
                    throw new Unsupported();
                }
                arguments = ValuesResolver.getArgumentValues(registry, definition.getArguments(), first.getArguments(),
                        variables, GraphQLContext.getDefault(), Locale.getDefault());
            } else {
                if (!definition.getArguments().isEmpty()) {
                    throw new Unsupported();
                }
                read = PlainFieldFetching.plainRead(registry.getDataFetcher(type, definition)).orElseThrow(Unsupported::new);
            }
            GraphQLType named = GraphQLTypeUtil.unwrapAll(definition.getType());
            List<FieldPlan> selection = null;
            if (named instanceof GraphQLObjectType object) {
                List<SelectionSet> sets = new ArrayList<>(fields.size());
                for (Field f : fields) {
                    if (f.getSelectionSet() != null) {
                        sets.add(f.getSelectionSet());
                    }
                }
                selection = collect(object, sets, false);
            } else if (!GraphQLTypeUtil.isLeaf(named)) {
                throw new Unsupported();
            }
            return new FieldPlan(key, name, first, definition.getType(), read, null, selection, arguments);
        }

        private void collectInto(GraphQLObjectType type, SelectionSet set, Map<String, List<Field>> grouped,
                                 Set<String> visited) throws Unsupported {
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    if (included(field.getDirectives())) {
                        grouped.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>(1)).add(field);
                    }
                } else if (selection instanceof FragmentSpread spread) {
                    if (!included(spread.getDirectives()) || visited.contains(spread.getName())) {
                        continue;
                    }
                    visited.add(spread.getName());
                    FragmentDefinition fragment = fragment(spread.getName());
                    if (applies(type, fragment.getTypeCondition())) {
                        collectInto(type, fragment.getSelectionSet(), grouped, visited);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    if (included(inline.getDirectives()) && applies(type, inline.getTypeCondition())) {
                        collectInto(type, inline.getSelectionSet(), grouped, visited);
                    }
                } else {
                    throw new Unsupported();
                }
            }
        }

        private FragmentDefinition fragment(String name) throws Unsupported {
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                if (fragment.getName().equals(name)) {
                    return fragment;
                }
            }
            throw new Unsupported();
        }

        /** Only object types are written here: a condition on an interface or union leaves the request to SmallRye. */
        private boolean applies(GraphQLObjectType type, TypeName condition) throws Unsupported {
            if (condition == null || condition.getName().equals(type.getName())) {
                return true;
            }
            if (schema.getType(condition.getName()) instanceof GraphQLObjectType) {
                return false;
            }
            throw new Unsupported();
        }

        /** graphql-java's ConditionalNodes: {@code @skip} first, then {@code @include}; any other directive is not ours. */
        private boolean included(List<Directive> directives) throws Unsupported {
            if (directives.isEmpty()) {
                return true;
            }
            Boolean skip = null;
            Boolean include = null;
            for (Directive directive : directives) {
                if (directive.getName().equals("skip") && skip == null) {
                    skip = condition(directive);
                } else if (directive.getName().equals("include") && include == null) {
                    include = condition(directive);
                } else {
                    throw new Unsupported();
                }
            }
            return !Boolean.TRUE.equals(skip) && !Boolean.FALSE.equals(include);
        }

        private boolean condition(Directive directive) throws Unsupported {
            if (directive.getArguments().size() != 1) {
                throw new Unsupported();
            }
            Argument argument = directive.getArguments().get(0);
            if (!argument.getName().equals("if")) {
                throw new Unsupported();
            }
            if (argument.getValue() instanceof BooleanValue value) {
                return value.isValue();
            }
            if (argument.getValue() instanceof VariableReference reference
                    && variables.get(reference.getName()) instanceof Boolean value) {
                return value;
            }
            throw new Unsupported();
        }
    }
}
