package org.insaf.adapters.graphql.engine;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cost of operations against the committed schema (docs/schema.graphql) and the frontend's queries (bench/queries). */
class QueryCostTest {

    private static final Path ROOT = Path.of("..");
    private static final GraphQLSchema SCHEMA = schema();
    /** What one element of {@code cases { edges { node { id } } }} costs. */
    private static final long ROW = QueryCost.PAGE_ELEMENT_COST + 3;

    private static GraphQLSchema schema() {
        try {
            return new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse(Files.readString(ROOT.resolve("docs/schema.graphql"))
                            // SmallRye's scalars, which the printed SDL leaves out
                            + "\nscalar Date scalar DateTime scalar BigInteger"),
                    RuntimeWiring.newRuntimeWiring().wiringFactory(new MockedWiringFactory()).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long cost(String query, Map<String, Object> variables) {
        return QueryCost.of(SCHEMA, Parser.parse(query), null, variables);
    }

    private static long cost(String query) {
        return cost(query, Map.of());
    }

    @Test
    void eachFieldCountsOnce() {
        assertThat(cost("{ me { id } }")).isEqualTo(2);
        assertThat(cost("{ a: me { id } b: me { id roles } }")).isEqualTo(5);
        assertThat(cost("{ __typename }")).isEqualTo(1);
    }

    @Test
    void aPageMultipliesWhatItSelectsByItsSizeWrittenFromAVariableOrByDefault() {
        String page = "query($n: Int) { cases(first: $n) { edges { node { id } } } }";
        // cases 1 + n x (the row + edges 1 + node 1 + id 1)
        assertThat(cost("{ cases(first: 7) { edges { node { id } } } }")).isEqualTo(1 + 7 * ROW);
        assertThat(cost(page, Map.of("n", 40))).isEqualTo(1 + 40 * ROW);
        assertThat(cost("{ cases { edges { node { id } } } }")).as("the schema's default, 20").isEqualTo(1 + 20 * ROW);
        assertThat(cost("query($n: Int = 5) { cases(first: $n) { edges { node { id } } } }")).isEqualTo(1 + 5 * ROW);
        Map<String, Object> nullFirst = new HashMap<>();
        nullFirst.put("n", null);
        assertThat(cost(page, nullFirst)).as("null: nothing to multiply by; the resolver refuses it").isEqualTo(1 + ROW);
    }

    @Test
    void pageSizesOfEveryShapeCountFromOneToTheLargestPage() {
        String page = "query($n: Int) { cases(first: $n) { edges { node { id } } } }";
        long largest = 1 + QueryCost.MAX_PAGE_SIZE * ROW;
        assertThat(cost(page, Map.of("n", -5))).isEqualTo(1 + ROW);
        assertThat(cost(page, Map.of("n", 2.5))).isEqualTo(1 + 3 * ROW);
        assertThat(cost(page, Map.of("n", "many"))).isEqualTo(1 + ROW);
        assertThat(cost(page, Map.of("n", Double.NaN))).isEqualTo(1 + ROW);
        assertThat(cost(page, Map.of("n", 101))).isEqualTo(largest);
        assertThat(cost(page, Map.of("n", 4294967306L))).isEqualTo(largest);
        assertThat(cost(page, Map.of("n", new java.math.BigInteger("99999999999999999999999")))).isEqualTo(largest);
        assertThat(cost(page, Map.of("n", 1e300))).isEqualTo(largest);
        assertThat(cost("{ cases(first: 99999999999999999999) { edges { node { id } } } }")).isEqualTo(largest);
    }

    @Test
    void aListWithoutPageSizeCountsTheDefaultNumberOfElements() {
        assertThat(cost("{ case(id: \"x\") { victims { pseudonym } } }"))
                .isEqualTo(1 + 1 + QueryCost.DEFAULT_LIST_SIZE);
        assertThat(cost("{ case(id: \"x\") { firSections } }")).as("a list of scalars is one field").isEqualTo(2);
    }

    @Test
    void fragmentsAreExpandedInlineOrNamed() {
        String plain = "{ case(id: \"x\") { id status victims { pseudonym } } }";
        String named = "{ case(id: \"x\") { ...F } } fragment F on Case { id ...G } fragment G on Case { status victims { pseudonym } }";
        String inline = "{ case(id: \"x\") { ... on Case { id status } ... { victims { pseudonym } } } }";
        assertThat(cost(named)).isEqualTo(cost(plain));
        assertThat(cost(inline)).isEqualTo(cost(plain));
    }

    @Test
    void nestedFragmentSpreadsMultiplyWithoutBeingExpanded() {
        StringBuilder bomb = new StringBuilder("{ ...F0 } ");
        for (int i = 0; i < 20; i++) {
            bomb.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1).append(" } ");
        }
        bomb.append("fragment F20 on Query { me { id } }");
        long started = System.nanoTime();
        assertThat(cost(bomb.toString())).isEqualTo((1L << 20) * 2);
        assertThat(System.nanoTime() - started).as("costed, not expanded").isLessThan(1_000_000_000L);

        StringBuilder wide = new StringBuilder("{ ...F0 } ");
        for (int i = 0; i < 200; i++) {
            wide.append("fragment F").append(i).append(" on Query { ").append((" ...F" + (i + 1)).repeat(10)).append(" } ");
        }
        wide.append("fragment F200 on Query { me { id } }");
        assertThat(cost(wide.toString())).as("saturates").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void unknownAndCyclicFragmentsAndUnknownFieldsAreLeftToValidation() {
        assertThat(cost("{ ...Missing me { id } }")).isEqualTo(2);
        assertThat(cost("{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }")).isEqualTo(2);
        assertThat(cost("{ nothing { at all } }")).isEqualTo(3);
        assertThat(cost("fragment A on Query { me { id } }")).as("no operation").isZero();
    }

    @Test
    void theNamedOperationIsCosted() {
        Document document = Parser.parse("query Cheap { me { id } } query Dear { cases(first: 100) { edges { node { id } } } }");
        assertThat(QueryCost.of(SCHEMA, document, "Cheap", Map.of())).isEqualTo(2);
        assertThat(QueryCost.of(SCHEMA, document, "Dear", Map.of())).isEqualTo(1 + 100 * ROW);
        assertThat(QueryCost.of(SCHEMA, document, null, Map.of())).as("the dearest when none is named").isEqualTo(1 + 100 * ROW);
    }

    @Test
    void anOperationIsCostedWithTheVariablesOfEachRequest() {
        Document document = Parser.parse("query($n: Int) { cases(first: $n) { edges { node { id } } } }");
        graphql.language.OperationDefinition operation = document.getDefinitionsOfType(graphql.language.OperationDefinition.class).get(0);
        assertThat(QueryCost.ofOperation(SCHEMA, document, operation, Map.of("n", 1))).isEqualTo(1 + ROW);
        assertThat(QueryCost.ofOperation(SCHEMA, document, operation, Map.of("n", 100))).isEqualTo(1 + 100 * ROW);
    }

    @Test
    void introspectionListsCountOnce() {
        String introspection = graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY;
        assertThat(cost(introspection)).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxCost());
    }

    @Test
    void aHundredAliasesOfAFullPageAreOverTheLimit() {
        String aliases = IntStream.range(0, 100).mapToObj(i -> "c" + i + ": cases(first: 100) { edges { node { id } } }")
                .collect(Collectors.joining(" "));
        assertThat(cost("{ " + aliases + " }")).isEqualTo(100 * (1 + 100 * ROW)).isGreaterThan(QueryLimits.DEFAULTS.maxCost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page-fields", "case-fields"})
    void aFullPageOfTheFrontendsQueriesIsWithinTheLimit(String fields) throws IOException {
        String query = withFields("page", fields);
        assertThat(cost(query, Map.of("first", 100))).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxCost());
    }

    @Test
    void theFrontendsOtherQueriesAreWithinTheLimit() throws IOException {
        assertThat(cost(withFields("detail", "case-fields"), Map.of("id", "x"))).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxCost());
        assertThat(cost(bench("advice"), Map.of("id", "x"))).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxCost());
        assertThat(cost(bench("statistics"), Map.of("year", 2017))).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxCost());
    }

    @Test
    void anOperationOverTheLimitIsRefusedNamingItsCostAndTheLimit() {
        assertThatThrownBy(() -> { throw new QueryCostLimit.TooDear(1_030_100, QueryLimits.DEFAULTS.maxCost()); })
                .hasMessageContaining("1030100").hasMessageContaining(String.valueOf(QueryLimits.DEFAULTS.maxCost()));
        assertThat(new QueryCostLimit.TooDear(1, 1).getExtensions())
                .containsEntry("code", "BAD_INPUT").containsEntry("rule", QueryCostLimit.RULE);
    }

    private static QueryCost.Measure measure(String query) {
        return QueryCost.measure(SCHEMA, Parser.parse(query), null, Map.of());
    }

    @Test
    void depthCountsNestedFieldsWithFragmentsExpanded() {
        assertThat(measure("{ __typename }").depth()).isEqualTo(1);
        assertThat(measure("{ me { id } }").depth()).isEqualTo(2);
        assertThat(measure("{ a: me { id } b: me { roles } }").depth()).isEqualTo(2);
        assertThat(measure("query { ...Q } fragment Q on Query { me { ...M } } fragment M on Caller { id }").depth()).isEqualTo(2);
        assertThat(measure("{ cases(first: 2) { edges { node { id } } } }").depth()).isEqualTo(4);
        assertThat(measure("{ ... on Query { me { ... on Caller { id } } } }").depth()).isEqualTo(2);
    }

    @Test
    void theIntrospectionQueryOfGraphQLToolsIsWithinTheDepthAndFieldLimits() {
        QueryCost.Measure introspection = measure(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(introspection.introspects()).isTrue();
        assertThat(introspection.depth()).isBetween(10, QueryLimits.DEFAULTS.maxDepth());
        assertThat(introspection.fields()).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxFields());
    }

    @Test
    void fieldsAreCountedEachTimeTheirFragmentIsSpread() {
        assertThat(measure("{ me { id } }").fields()).isEqualTo(2);
        assertThat(measure("{ a: me { id } b: me { id roles } }").fields()).isEqualTo(5);
        assertThat(measure("query { ...F ...F } fragment F on Query { me { id } }").fields()).isEqualTo(4);
        // Twenty fragments each spreading the next twice: counted, never expanded.
        StringBuilder bomb = new StringBuilder("query { ...F0 }\n");
        for (int i = 0; i < 20; i++) {
            bomb.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
        }
        bomb.append("fragment F20 on Query { me { id } }");
        assertThat(measure(bomb.toString()).fields()).isEqualTo(2L << 20);
    }

    @Test
    void onlySchemaAndTypeAreIntrospection() {
        assertThat(measure("{ __typename me { __typename id } }").introspects()).isFalse();
        assertThat(measure("{ __schema { queryType { name } } }").introspects()).isTrue();
        assertThat(measure("{ x: __type(name: \"Case\") { name } }").introspects()).isTrue();
        assertThat(measure("query { ...F } fragment F on Query { __schema { types { name } } }").introspects()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page-fields", "case-fields"})
    void theFrontendsPagesAreWithinTheDepthAndFieldLimits(String fields) throws IOException {
        QueryCost.Measure page = QueryCost.measure(SCHEMA, Parser.parse(withFields("page", fields)), null, Map.of("first", 100));
        assertThat(page.depth()).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxDepth());
        assertThat(page.fields()).isLessThanOrEqualTo(QueryLimits.DEFAULTS.maxFields());
        assertThat(page.introspects()).isFalse();
    }

    private static QueryLimits limits(int maxDepth, int maxFields, boolean introspection) {
        QueryLimits d = QueryLimits.DEFAULTS;
        return new QueryLimits(d.maxCost(), d.maxCharacters(), d.maxTokens(), d.maxWhitespaceTokens(), d.maxRuleDepth(),
                d.maxNormalizedFields(), maxDepth, maxFields, introspection);
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refusal(QueryLimits limits, String query) {
        return assertThatThrownBy(() -> new QueryCostLimit(limits).check(measure(query)))
                .isInstanceOf(QueryCostLimit.Refused.class);
    }

    @Test
    void eachShapeLimitIsRefusedWithItsRuleNamingTheMeasureAndTheLimit() {
        QueryCostLimit.Refused depth = (QueryCostLimit.Refused) org.assertj.core.api.Assertions.catchThrowable(
                () -> new QueryCostLimit(limits(1, 400, false)).check(measure("{ me { id } }")));
        assertThat(depth).hasMessageContaining("2 deep").hasMessageContaining("depth limit of 1");
        assertThat(depth.getExtensions()).containsEntry("code", "BAD_INPUT").containsEntry("rule", QueryCostLimit.DEPTH_RULE);
        refusal(limits(15, 1, false), "{ me { id } }").hasMessageContaining("2 fields").hasMessageContaining("complexity limit of 1");
        refusal(limits(15, 400, false), "{ __schema { queryType { name } } }").hasMessageContaining("Introspection");
        // At the limits exactly, nothing is refused; introspection where it is on.
        new QueryCostLimit(limits(2, 2, false)).check(measure("{ me { id } }"));
        new QueryCostLimit(limits(15, 400, true)).check(measure("{ __schema { queryType { name } } }"));
        // The cost is checked first: a bomb is refused for its cost, not its fields.
        refusal(limits(15, 400, false), "{ " + IntStream.range(0, 100)
                .mapToObj(i -> "c" + i + ": cases(first: 100) { edges { node { id } } }").collect(Collectors.joining(" ")) + " }")
                .hasMessageContaining("costs");
    }

    static String bench(String name) throws IOException {
        return Files.readString(ROOT.resolve("bench/queries/" + name + ".graphql"));
    }

    @Test
    void aCauseListIsCountedAsAPageOfAHundredEntries() {
        // entries: 100 × (100 + serial + case + id), plus causeList and entries themselves
        assertThat(cost("{ causeList(court: \"C\", date: \"2026-01-01\") { entries { serial case { caseId } } } }"))
                .isEqualTo(1 + 1 + 100 * (QueryCost.PAGE_ELEMENT_COST + 3));
        // the accused of each entry are a list of ten, as any other list of objects
        assertThat(cost("{ causeList(court: \"C\", date: \"2026-01-01\") { entries { case { accused { name } } } } }"))
                .isEqualTo(1 + 1 + 100 * (QueryCost.PAGE_ELEMENT_COST + 1 + 1 + 10));
    }

    @Test
    void desksAndQueuesArePagesOfTheirFirstTwentyByDefault() {
        for (String list : new String[]{"myDesk", "officeQueue"}) {
            assertThat(cost("{ " + list + " { edges { node { dueOn case { caseId } } } counts { overdue } } }"))
                    .as(list).isEqualTo(1 + 20 * (QueryCost.PAGE_ELEMENT_COST + 1 + 1 + 1 + 1 + 1 + 2));
            assertThat(cost("{ " + list + "(first: 100) { edges { node { dueOn } } } }"))
                    .as(list).isEqualTo(1 + 100 * (QueryCost.PAGE_ELEMENT_COST + 3));
        }
    }

    /** As bench/run.sh composes them: the fields file in place of the #FIELDS# line. */
    static String withFields(String query, String fields) throws IOException {
        return bench(query).replaceAll("(?m)^#FIELDS#$", java.util.regex.Matcher.quoteReplacement(bench(fields)));
    }
}
