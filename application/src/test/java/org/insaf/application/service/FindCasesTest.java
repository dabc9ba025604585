package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Case lists: what each role sees, the filters, and keyset pagination. The cases: the story's
 * (Lahore, charged under PACHTO, assigned), five more of Lahore registered under PPC-369A on
 * three dates (two days shared), and two of Karachi, one of them led by the Lahore lead.
 */
class FindCasesTest extends UseCaseTest {

    private static final StatuteCode PPC_369A = StatuteCode.of("PPC-369A");

    private CaseStory story;
    private final List<CaseId> lahore = new ArrayList<>();
    private CaseId karachi;
    private CaseId karachiLedFromLahore;

    private CaseId register(Actor actor, String office, String fir, LocalDate on, StatuteCode section) {
        return app.investigation.registerCase(new RegisterCaseUseCase.Command(actor, new FirNumber(fir),
                new FiaCircle(office), on, Set.of(section))).id();
    }

    @BeforeEach
    void cases() {
        story = story().charged();
        lahore.add(story.id());
        lahore.add(register(Actors.COLLEAGUE, Actors.LAHORE, "FIR 40/2018", LocalDate.of(2018, 5, 2), PPC_369A));
        lahore.add(register(Actors.COLLEAGUE, Actors.LAHORE, "FIR 41/2018", LocalDate.of(2018, 5, 2), PPC_369A));
        lahore.add(register(Actors.COLLEAGUE, Actors.LAHORE, "FIR 42/2018", LocalDate.of(2018, 5, 2), PPC_369A));
        lahore.add(register(Actors.LEAD, Actors.LAHORE, "FIR 7/2019", LocalDate.of(2019, 1, 7), PPC_369A));
        lahore.add(register(Actors.LEAD, Actors.LAHORE, "FIR 8/2019", LocalDate.of(2019, 1, 7), PPC_369A));
        karachi = register(Actors.OUTSIDER, Actors.KARACHI, "FIR 3/2018", LocalDate.of(2018, 2, 1), PPC_369A);
        karachiLedFromLahore = register(Actors.OUTSIDER, Actors.KARACHI, "FIR 4/2018", LocalDate.of(2018, 2, 1),
                StatuteCode.of("PSMA-3"));
        app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, karachiLedFromLahore, Optional.empty(),
                Optional.of(Actors.LEAD.userId()), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private static FindCasesQuery.Query query(Actor actor) {
        return new FindCasesQuery.Query(actor, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), FindCasesQuery.MAX_PAGE_SIZE);
    }

    private List<CaseId> ids(FindCasesQuery.Query query) {
        FindCasesQuery.Page page = app.queries.findCases(query);
        assertThat(page.hasNextPage()).isFalse();
        return page.cases().stream().map(v -> CaseId.of(v.id())).toList();
    }

    @Test
    void an_investigator_sees_the_cases_of_the_office_and_those_led_elsewhere() {
        assertThat(ids(query(Actors.COLLEAGUE))).containsExactlyInAnyOrderElementsOf(lahore);
        List<CaseId> lead = new ArrayList<>(lahore);
        lead.add(karachiLedFromLahore);
        assertThat(ids(query(Actors.LEAD))).containsExactlyInAnyOrderElementsOf(lead);
        assertThat(ids(query(Actors.OUTSIDER))).containsExactlyInAnyOrder(karachi, karachiLedFromLahore);
    }

    @Test
    void prosecutors_and_judges_see_the_cases_assigned_to_them_only() {
        assertThat(ids(query(Actors.PROSECUTOR))).containsExactly(story.id());
        assertThat(ids(query(Actors.JUDGE))).containsExactly(story.id());
        assertThat(ids(query(Actors.OTHER_PROSECUTOR))).isEmpty();
        assertThat(ids(query(Actors.OTHER_JUDGE))).isEmpty();
    }

    @Test
    void admins_see_every_case() {
        assertThat(ids(query(Actors.ADMIN))).hasSize(lahore.size() + 2);
    }

    @Test
    void analysts_and_callers_without_a_role_get_no_case_list() {
        assertThatThrownBy(() -> app.queries.findCases(query(Actors.ANALYST))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> app.queries.findCases(query(Actors.NO_ROLES))).isInstanceOf(AccessRefused.class);
    }

    @Test
    void newest_registration_first() {
        List<LocalDate> dates = app.queries.findCases(query(Actors.ADMIN)).cases().stream()
                .map(CaseDetail::registeredOn).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void filter_by_status() {
        var charged = new FindCasesQuery.Query(Actors.ADMIN, Optional.of(CaseStatus.CHARGE_SHEET_FILED), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(charged)).containsExactly(story.id());
        var registered = new FindCasesQuery.Query(Actors.ADMIN, Optional.of(CaseStatus.REGISTERED), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(registered)).hasSize(lahore.size() - 1 + 2).doesNotContain(story.id());
    }

    @Test
    void filter_by_statute_registered_or_charged_under() {
        var pachto = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.of(CaseStory.PACHTO),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(pachto)).containsExactly(story.id());
        var psma = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.of(StatuteCode.of("PSMA-3")),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(psma)).containsExactly(karachiLedFromLahore);
        var ppc = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.of(PPC_369A),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(ppc)).hasSize(6).doesNotContain(story.id(), karachiLedFromLahore);
    }

    @Test
    void filter_by_office_within_what_the_caller_may_see() {
        var karachiCases = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.empty(),
                Optional.of(Actors.KARACHI), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(karachiCases)).containsExactlyInAnyOrder(karachi, karachiLedFromLahore);
        var karachiForLead = new FindCasesQuery.Query(Actors.LEAD, Optional.empty(), Optional.empty(),
                Optional.of(Actors.KARACHI), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(karachiForLead)).containsExactly(karachiLedFromLahore);
        var lahoreForProsecutor = new FindCasesQuery.Query(Actors.PROSECUTOR, Optional.empty(), Optional.empty(),
                Optional.of(Actors.LAHORE), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(lahoreForProsecutor)).containsExactly(story.id());
    }

    @Test
    void filter_assigned_to_me() {
        var mine = new FindCasesQuery.Query(Actors.LEAD, Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(mine)).containsExactlyInAnyOrder(story.id(), lahore.get(4), lahore.get(5), karachiLedFromLahore);
        var colleague = new FindCasesQuery.Query(Actors.COLLEAGUE, Optional.empty(), Optional.empty(), Optional.empty(),
                true, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(colleague)).containsExactlyInAnyOrder(lahore.get(1), lahore.get(2), lahore.get(3));
        var admin = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(admin)).isEmpty();
    }

    @Test
    void filter_by_registration_dates_both_bounds_included() {
        var may2018 = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of(LocalDate.of(2018, 5, 2)), Optional.of(LocalDate.of(2019, 1, 7)), Optional.empty(), 10);
        assertThat(ids(may2018)).containsExactlyInAnyOrderElementsOf(lahore.subList(1, 6));
        var from2019 = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of(LocalDate.of(2019, 1, 7)), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(from2019)).containsExactlyInAnyOrder(lahore.get(4), lahore.get(5));
        var until2017 = new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.of(LocalDate.of(2018, 2, 1)), Optional.empty(), 10);
        assertThat(ids(until2017)).containsExactlyInAnyOrder(story.id(), karachi, karachiLedFromLahore);
    }

    @Test
    void filters_combine() {
        var q = new FindCasesQuery.Query(Actors.LEAD, Optional.of(CaseStatus.REGISTERED), Optional.of(PPC_369A),
                Optional.of(Actors.LAHORE), true, Optional.of(LocalDate.of(2018, 1, 1)), Optional.empty(),
                Optional.empty(), 10);
        assertThat(ids(q)).containsExactlyInAnyOrder(lahore.get(4), lahore.get(5));
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 4, 7, 8, 9})
    void pages_follow_each_other_without_duplicates_or_gaps(int size) {
        List<CaseId> everything = ids(query(Actors.ADMIN));
        List<CaseId> paged = new ArrayList<>();
        Optional<CaseCursor> after = Optional.empty();
        int pages = 0;
        while (true) {
            FindCasesQuery.Page page = app.queries.findCases(new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(),
                    Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), after, size));
            pages++;
            assertThat(page.cases()).hasSizeLessThanOrEqualTo(size);
            page.cases().forEach(v -> paged.add(CaseId.of(v.id())));
            if (!page.hasNextPage()) {
                break;
            }
            assertThat(page.cases()).hasSize(size);
            CaseDetail last = page.cases().get(page.cases().size() - 1);
            assertThat(page.endCursor()).contains(new CaseCursor(last.registeredOn(), CaseId.of(last.id())));
            after = page.endCursor();
            assertThat(pages).as("pages needed").isLessThanOrEqualTo(everything.size());
        }
        assertThat(paged).containsExactlyElementsOf(everything);
        assertThat(pages).isEqualTo(Math.max(1, (everything.size() + size - 1) / size));
    }

    @Test
    void pagination_respects_the_filter_and_the_callers_visibility() {
        List<CaseId> paged = new ArrayList<>();
        Optional<CaseCursor> after = Optional.empty();
        FindCasesQuery.Page page;
        do {
            page = app.queries.findCases(new FindCasesQuery.Query(Actors.COLLEAGUE, Optional.empty(), Optional.of(PPC_369A),
                    Optional.empty(), false, Optional.empty(), Optional.empty(), after, 2));
            page.cases().forEach(v -> paged.add(CaseId.of(v.id())));
            after = page.endCursor();
        } while (page.hasNextPage());
        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(lahore.subList(1, 6));
    }

    @Test
    void an_empty_page_has_no_cursor() {
        var none = new FindCasesQuery.Query(Actors.ADMIN, Optional.of(CaseStatus.CLOSED), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 10);
        FindCasesQuery.Page page = app.queries.findCases(none);
        assertThat(page.cases()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.endCursor()).isEmpty();
    }

    @ParameterizedTest(name = "first = {0}")
    @ValueSource(ints = {0, -1, 101})
    void a_page_holds_1_to_100_cases(int first) {
        assertThatThrownBy(() -> new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), first))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void a_date_range_does_not_end_before_it_starts() {
        assertThatThrownBy(() -> new FindCasesQuery.Query(Actors.ADMIN, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.of(LocalDate.of(2019, 1, 2)), Optional.of(LocalDate.of(2019, 1, 1)),
                Optional.empty(), 10)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new FindCasesQuery.Query(null, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 10))
                .isInstanceOf(InvalidCommand.class);
    }
}
