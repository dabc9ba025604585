package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.insaf.adapters.graphql.casefile.CaseInputs.CaseFilterInput;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseConnection;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.port.in.ChargeAdviceQuery;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.domain.advice.ChargeAdvice;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The case queries' arguments into the application's queries, and their answers into pages and edges. */
class CaseQueriesTest {

    static final String CASE_ID = "1a5af00d-0000-4000-8000-00000000c0de";
    static final String VICTIM = "1a5af00d-0000-4000-8000-0000000000a1";
    static final LocalDate REGISTERED = LocalDate.of(2017, 1, 10);

    final Actor actor = new Actor("prosecutor-1", Set.of(Role.PROSECUTOR), Optional.empty());
    final List<Object> asked = new ArrayList<>();
    final CaseView first = view(UUID.fromString(CASE_ID), REGISTERED);
    final CaseView second = view(UUID.fromString("1a5af00d-0000-4000-8000-00000000c0df"), REGISTERED.minusDays(3));
    final CaseQueries queries = queries();

    static CaseView view(UUID id, LocalDate registeredOn) {
        return new CaseView(new CaseId(id), 1, new FirNumber("FIR 1/2017"), new FiaCircle("AHTC Lahore"),
                Set.of(StatuteCode.of("PPC-369A")), CaseStatus.REGISTERED, Map.of(CaseStatus.REGISTERED, registeredOn),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), CaseAssignment.NONE,
                Optional.empty(), List.of());
    }

    CaseQueries queries() {
        CaseQueries q = new CaseQueries();
        q.caller = new CallerActor(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("prosecutor-1"))
                .addRole("prosecutor").addRole("offline_access").build());
        q.statutes = TestStatutes.views();
        q.getCase = (who, id) -> {
            asked.add(id);
            return CaseProjection.of(first);
        };
        q.findCases = query -> {
            asked.add(query);
            return new FindCasesQuery.Page(List.of(CaseProjection.of(first), CaseProjection.of(second)), true,
                    Optional.of(new CaseCursor(REGISTERED.minusDays(3), second.id())));
        };
        q.chargeAdvice = query -> {
            asked.add(query);
            return new ChargeAdvice(List.of());
        };
        return q;
    }

    @Test
    void one_case_is_asked_for_by_its_id_and_mapped() {
        assertThat(queries.caseById(CASE_ID)).isEqualTo(CaseMapping.toType(first, TestStatutes.VIEWS));
        assertThat(asked).containsExactly(new CaseId(UUID.fromString(CASE_ID)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "1-1-1-1-1", " " + CASE_ID})
    void a_malformed_case_id_asks_for_nothing(String id) {
        assertThat(catchThrowableOfType(BadInput.class, () -> queries.caseById(id)).rule()).isIn("REQUIRED", "ID_FORMAT");
        assertThat(catchThrowableOfType(BadInput.class, () -> queries.chargeAdvice(id, null, null)).rule())
                .isIn("REQUIRED", "ID_FORMAT");
        assertThat(asked).isEmpty();
    }

    @Test
    void without_a_filter_every_case_open_to_the_caller_is_asked_for() {
        queries.cases(null, 20, null);

        assertThat(asked).containsExactly(new FindCasesQuery.Query(actor, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 20));
    }

    @Test
    void every_part_of_the_filter_and_the_cursor_reach_the_query() {
        CaseCursor after = new CaseCursor(REGISTERED, new CaseId(UUID.fromString(CASE_ID)));

        queries.cases(new CaseFilterInput(CaseStatus.ON_TRIAL, "PPC-369A", "AHTC Lahore", true,
                LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31)), 5, Ids.cursor(after));

        assertThat(asked).containsExactly(new FindCasesQuery.Query(actor, Optional.of(CaseStatus.ON_TRIAL),
                Optional.of(StatuteCode.of("PPC-369A")), Optional.of("AHTC Lahore"), true,
                Optional.of(LocalDate.of(2016, 1, 1)), Optional.of(LocalDate.of(2017, 12, 31)), Optional.of(after), 5));
    }

    @Test
    void assigned_to_me_false_or_left_out_is_every_case() {
        queries.cases(new CaseFilterInput(null, null, null, false, null, null), 1, null);
        queries.cases(new CaseFilterInput(null, null, null, null, null, null), 1, null);

        assertThat(asked).extracting(q -> ((FindCasesQuery.Query) q).assignedToMe()).containsExactly(false, false);
    }

    @Test
    void each_case_of_the_page_is_an_edge_with_its_own_cursor_and_the_page_ends_at_the_last() {
        CaseConnection page = queries.cases(null, 2, null);

        assertThat(page.edges()).extracting(e -> e.node().id()).containsExactly(CASE_ID, second.id().toString());
        assertThat(Ids.cursor(page.edges().get(0).cursor())).isEqualTo(new CaseCursor(REGISTERED, first.id()));
        assertThat(Ids.cursor(page.edges().get(1).cursor())).isEqualTo(new CaseCursor(REGISTERED.minusDays(3), second.id()));
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        assertThat(page.pageInfo().endCursor()).isEqualTo(page.edges().get(1).cursor());
    }

    @Test
    void the_last_page_has_no_end_cursor() {
        queries.findCases = query -> new FindCasesQuery.Page(List.of(), false, Optional.empty());

        CaseConnection page = queries.cases(null, 20, null);

        assertThat(page.edges()).isEmpty();
        assertThat(page.pageInfo().hasNextPage()).isFalse();
        assertThat(page.pageInfo().endCursor()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void a_page_size_outside_one_to_a_hundred_asks_for_nothing(int size) {
        BadInput refused = catchThrowableOfType(BadInput.class, () -> queries.cases(null, size, null));

        assertThat(refused.rule()).isEqualTo("PAGE_SIZE");
        assertThat(refused).hasMessage("first must be between 1 and 100; " + size + " cases were asked for");
        assertThat(asked).isEmpty();
    }

    @Test
    void the_smallest_and_largest_page_sizes_are_asked_for() {
        queries.cases(null, 1, null);
        queries.cases(null, 100, null);

        assertThat(asked).extracting(q -> ((FindCasesQuery.Query) q).first()).containsExactly(1, 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "page-2", "YXVkaXR8NQ", "MjAxNy0wMS0xMHwxLTEtMS0xLTE"})
    void a_cursor_not_handed_out_asks_for_nothing(String after) {
        assertThat(catchThrowableOfType(BadInput.class, () -> queries.cases(null, 20, after)).rule())
                .isEqualTo("CURSOR_FORMAT");
        assertThat(asked).isEmpty();
    }

    @Test
    void a_statute_in_the_filter_that_is_not_a_code_asks_for_nothing() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
                () -> queries.cases(new CaseFilterInput(null, "369A", null, null, null, null), 20, null));

        assertThat(refused.rule()).isEqualTo("STATUTE_CODE_FORMAT");
        assertThat(asked).isEmpty();
    }

    @Test
    void charge_advice_on_the_recorded_facts_for_every_victim_when_none_are_named() {
        queries.chargeAdvice(CASE_ID, null, null);

        assertThat(asked).containsExactly(new ChargeAdviceQuery.Query(actor, new CaseId(UUID.fromString(CASE_ID)),
                Optional.empty(), Set.of()));
    }

    @Test
    void charge_advice_for_the_victims_named() {
        queries.chargeAdvice(CASE_ID, CaseMutationsTest.factsInput(), List.of(VICTIM, VICTIM));

        assertThat(asked).containsExactly(new ChargeAdviceQuery.Query(actor, new CaseId(UUID.fromString(CASE_ID)),
                Optional.of(CaseMutationsTest.facts()), Set.of(new PersonId(UUID.fromString(VICTIM)))));
    }

    @Test
    void charge_advice_refuses_a_malformed_or_empty_victim_id() {
        assertThat(catchThrowableOfType(BadInput.class, () -> queries.chargeAdvice(CASE_ID, null, List.of(VICTIM, "v1")))
                .rule()).isEqualTo("ID_FORMAT");
        assertThat(catchThrowableOfType(BadInput.class, () -> queries.chargeAdvice(CASE_ID, null, Arrays.asList(VICTIM, null)))
                .rule()).isEqualTo("NULL_IN_LIST");
        assertThat(asked).isEmpty();
    }
}
