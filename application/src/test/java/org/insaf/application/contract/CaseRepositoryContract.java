package org.insaf.application.contract;

import org.insaf.application.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.contract.ContractCases.Step;
import org.insaf.application.error.Conflict;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.application.contract.ContractCases.*;

/**
 * What every {@link CaseRepository} must do. An adapter's test extends this class and says how to
 * get the repository and how to run work in a transaction.
 *
 * <p>The kit needs no empty store: every test works in offices and with user ids of its own (a
 * fresh UUID in the name), and every list it reads is narrowed to them, so tests may share one
 * database and run in any order. Each repository call runs in its own transaction through
 * {@link #inTransaction}, so a refusal that a store raises only at commit still counts.
 */
public abstract class CaseRepositoryContract {

    /** The repository under test. */
    protected abstract CaseRepository repository();

    /** Runs work in one transaction that commits when it returns; by default, just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** An office no other test uses. */
    protected FiaCircle office(String name) {
        return new FiaCircle("AHTC " + name + " " + run);
    }

    /** A user id no other test uses. */
    protected String user(String name) {
        return name + "-" + run;
    }

    private long save(CaseRecord record) {
        return inTransaction(() -> repository().save(record));
    }

    private CaseRecord load(CaseId id) {
        return inTransaction(() -> repository().load(id)).orElseThrow(() -> new AssertionError("case " + id + " not found"));
    }

    private CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit) {
        return inTransaction(() -> repository().find(filter, visibility, after, limit));
    }

    private static CaseVisibility all() {
        return new CaseVisibility(true, Optional.empty(), Optional.empty());
    }

    private static CaseFilter inOffice(FiaCircle office) {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(office.name()), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static List<CaseId> ids(CasePage page) {
        return page.cases().stream().map(r -> r.caseFile().id()).toList();
    }

    // ------------------------------------------------------------------ save and load

    @Test
    void a_new_case_is_stored_at_version_1_and_loaded_back_as_it_was() {
        CaseRecord record = record(registered(office("Lahore"), "FIR 1/2017", REGISTERED, PACHTO), user("lead"));

        assertThat(save(record)).isEqualTo(1);

        CaseRecord loaded = load(record.caseFile().id());
        assertThat(loaded.caseFile().version()).isEqualTo(1);
        assertThat(loaded.caseFile().snapshot()).isEqualTo(atVersion(record.caseFile().snapshot(), 1));
        assertThat(loaded.assignment()).isEqualTo(record.assignment());
        assertThat(loaded.recordedFacts()).isEmpty();
    }

    @Test
    void a_whole_case_survives_the_round_trip() {
        CaseAssignment assignment = new CaseAssignment(Optional.of(user("lead")), Optional.of(user("prosecutor")),
                Optional.of("Sessions Court Lahore"), Optional.of(user("judge")));
        CaseRecord record = decided(office("Lahore"), "FIR 2/2017", assignment);

        save(record);
        CaseRecord loaded = load(record.caseFile().id());

        Case c = loaded.caseFile();
        assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(c.victims()).isEqualTo(record.caseFile().victims());
        assertThat(c.victims()).extracting(v -> v.identity()).isEqualTo(record.caseFile().victims().stream()
                .map(v -> v.identity()).toList());
        assertThat(c.accused()).isEqualTo(record.caseFile().accused());
        assertThat(c.offences()).isEqualTo(record.caseFile().offences());
        assertThat(c.hearings()).isEqualTo(record.caseFile().hearings());
        assertThat(c.warnings()).isNotEmpty().isEqualTo(record.caseFile().warnings());
        assertThat(c.snapshot()).isEqualTo(atVersion(record.caseFile().snapshot(), 1));
        assertThat(loaded.assignment()).isEqualTo(assignment);
        assertThat(loaded.recordedFacts()).contains(gulfFacts());
    }

    @Test
    void the_sections_of_other_laws_an_fir_cites_are_kept_in_their_order() {
        List<String> other = List.of("Emigration Ordinance 1979 s.18", "CrPC 154 \u00e9\uD83D\uDE00");
        Case registered = Case.register(CaseId.random(), new FirNumber("FIR 4/2017"), office("Lahore"), REGISTERED,
                Set.of(PACHTO), other, TODAY);
        CaseRecord record = record(registered, user("lead"));
        save(record);
        CaseRecord loaded = load(registered.id());
        assertThat(loaded.caseFile().otherSections()).containsExactlyElementsOf(other);
        assertThat(loaded.caseFile().firSections()).containsExactly(PACHTO);
        assertThat(loaded.caseFile().snapshot()).isEqualTo(atVersion(record.caseFile().snapshot(), 1));
    }

    @Test
    void a_dropped_investigation_keeps_its_reason() {
        CaseRecord record = dropped(office("Lahore"), "FIR 3/2017", user("lead"));
        save(record);
        CaseRecord loaded = load(record.caseFile().id());
        assertThat(loaded.caseFile().status()).isEqualTo(CaseStatus.INVESTIGATION_CLOSED);
        assertThat(loaded.caseFile().investigationClosedReason()).isEqualTo(record.caseFile().investigationClosedReason());
        assertThat(loaded.caseFile().snapshot()).isEqualTo(atVersion(record.caseFile().snapshot(), 1));
    }

    @Test
    void a_case_never_stored_is_not_found() {
        assertThat(inTransaction(() -> repository().load(CaseId.random()))).isEmpty();
    }

    @Test
    void every_save_of_the_latest_version_makes_the_next_version() {
        CaseRecord record = record(registered(office("Lahore"), "FIR 4/2017", REGISTERED, PACHTO), user("lead"));
        assertThat(save(record)).isEqualTo(1);

        CaseRecord v1 = load(record.caseFile().id());
        v1.caseFile().startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
        assertThat(save(v1)).isEqualTo(2);

        CaseRecord v2 = load(record.caseFile().id());
        assertThat(v2.caseFile().version()).isEqualTo(2);
        assertThat(v2.caseFile().status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        CaseRecord facts = v2.withFacts(gulfFacts()).withAssignment(new CaseAssignment(Optional.of(user("lead")),
                Optional.of(user("prosecutor")), Optional.empty(), Optional.empty()));
        assertThat(save(facts)).isEqualTo(3);

        CaseRecord v3 = load(record.caseFile().id());
        assertThat(v3.caseFile().version()).isEqualTo(3);
        assertThat(v3.recordedFacts()).contains(gulfFacts());
        assertThat(v3.assignment().prosecutor()).contains(user("prosecutor"));
        assertThat(v3.caseFile().snapshot()).isEqualTo(atVersion(v2.caseFile().snapshot(), 3));
    }

    @Test
    void of_two_changes_made_on_the_same_version_the_first_saved_wins_and_the_second_is_stale() {
        CaseRecord record = record(registered(office("Lahore"), "FIR 5/2017", REGISTERED, PACHTO), user("lead"));
        save(record);
        CaseRecord mine = load(record.caseFile().id());
        CaseRecord theirs = load(record.caseFile().id());

        mine.caseFile().startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
        assertThat(save(mine)).isEqualTo(2);

        CaseRecord reassigned = theirs.withAssignment(CaseAssignment.leadInvestigator(user("other")));
        assertThatThrownBy(() -> save(reassigned)).isInstanceOf(StaleCase.class).isInstanceOf(Conflict.class);

        CaseRecord stored = load(record.caseFile().id());
        assertThat(stored.caseFile().version()).isEqualTo(2);
        assertThat(stored.caseFile().status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        assertThat(stored.assignment()).isEqualTo(record.assignment());
    }

    @Test
    void a_record_is_saved_once_per_load() {
        CaseRecord record = record(registered(office("Lahore"), "FIR 6/2017", REGISTERED, PACHTO), user("lead"));
        save(record);
        assertThatThrownBy(() -> save(record)).as("the same new case saved twice").isInstanceOf(StaleCase.class);

        CaseRecord loaded = load(record.caseFile().id());
        loaded.caseFile().startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
        save(loaded);
        assertThatThrownBy(() -> save(loaded)).as("the same loaded record saved twice").isInstanceOf(StaleCase.class);
        assertThat(load(record.caseFile().id()).caseFile().version()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ changes saved where they were loaded

    /** Loads the case, applies the step and saves it, in the caller's transaction; gives the record saved. */
    private CaseRecord loadChangeAndSave(CaseId id, Step step) {
        CaseRecord changed = step.change().apply(repository().load(id).orElseThrow());
        repository().save(changed);
        return changed;
    }

    private void assertStoredAs(CaseId id, CaseRecord expected, String after) {
        CaseRecord stored = load(id);
        assertThat(stored.caseFile().snapshot()).as("after: " + after)
                .isEqualTo(atVersion(expected.caseFile().snapshot(), stored.caseFile().version()));
        assertThat(stored.assignment()).as("after: " + after).isEqualTo(expected.assignment());
        assertThat(stored.recordedFacts()).as("after: " + after).isEqualTo(expected.recordedFacts());
    }

    @Test
    void each_change_saved_in_the_transaction_that_loaded_the_case_is_stored_whole() {
        CaseAssignment assignment = new CaseAssignment(Optional.of(user("lead")), Optional.of(user("prosecutor")),
                Optional.of("Sessions Court Lahore"), Optional.of(user("judge")));
        CaseRecord record = record(registered(office("Lahore"), "FIR 7/2017", REGISTERED, PACHTO, EO_18), user("lead"));
        save(record);
        CaseId id = record.caseFile().id();
        long version = 1;
        for (Step step : decidedStory(assignment)) {
            CaseRecord saved = inTransaction(() -> loadChangeAndSave(id, step));
            assertStoredAs(id, saved, step.name());
            assertThat(load(id).caseFile().version()).as("after: " + step.name()).isEqualTo(++version);
        }
        assertThat(load(id).caseFile().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void a_whole_story_in_one_transaction_each_step_loading_what_the_last_saved_is_stored_whole() {
        CaseAssignment assignment = new CaseAssignment(Optional.of(user("lead")), Optional.of(user("prosecutor")),
                Optional.of("Sessions Court Lahore"), Optional.of(user("judge")));
        CaseRecord record = record(registered(office("Lahore"), "FIR 8/2017", REGISTERED, PACHTO, EO_18), user("lead"));
        CaseId id = record.caseFile().id();
        List<Step> story = decidedStory(assignment);
        CaseRecord last = inTransaction(() -> {
            repository().save(record);
            CaseRecord saved = record;
            for (Step step : story) {
                saved = loadChangeAndSave(id, step);
            }
            return saved;
        });
        assertStoredAs(id, last, "the whole story");
        assertThat(load(id).caseFile().version()).isEqualTo(story.size() + 1);
    }

    @Test
    void a_case_saved_by_another_transaction_after_this_one_loaded_it_is_stale_here() {
        CaseRecord record = record(registered(office("Lahore"), "FIR 9/2017", REGISTERED, PACHTO), user("lead"));
        save(record);
        CaseId id = record.caseFile().id();
        // The stale save fails the transaction it ran in, as a use case's would.
        assertThatThrownBy(() -> inTransaction(() -> {
            CaseRecord mine = repository().load(id).orElseThrow();
            inTransaction(() -> loadChangeAndSave(id, new Step("theirs", r -> r.withAssignment(
                    CaseAssignment.leadInvestigator(user("other"))))));
            mine.caseFile().startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
            return repository().save(mine);
        })).satisfies(e -> assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
                .anyMatch(StaleCase.class::isInstance));
        CaseRecord stored = load(id);
        assertThat(stored.caseFile().version()).isEqualTo(2);
        assertThat(stored.caseFile().status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(stored.assignment().investigator()).contains(user("other"));
    }

    @Test
    void an_fir_exists_in_the_office_that_registered_it() {
        FiaCircle lahore = office("Lahore");
        save(record(registered(lahore, "FIR 7/2017", REGISTERED, PACHTO), user("lead")));

        assertThat(inTransaction(() -> repository().firExists(lahore, new FirNumber("FIR 7/2017")))).isTrue();
        assertThat(inTransaction(() -> repository().firExists(lahore, new FirNumber("FIR 8/2017")))).isFalse();
        assertThat(inTransaction(() -> repository().firExists(office("Karachi"), new FirNumber("FIR 7/2017")))).isFalse();
    }

    // ------------------------------------------------------------------ find

    /** Eight cases of two offices: dates with ties, two statuses, three statutes, three people assigned. */
    private final class Shelf {
        final FiaCircle lahore = office("Lahore");
        final FiaCircle karachi = office("Karachi");
        final List<CaseRecord> cases = new ArrayList<>();

        Shelf() {
            add(lahore, "L1", LocalDate.of(2017, 3, 1), user("lead-l"), PACHTO);
            add(lahore, "L2", LocalDate.of(2018, 5, 2), user("lead-l"), StatuteCode.of("PPC-369A"));
            add(lahore, "L3", LocalDate.of(2018, 5, 2), user("lead-l2"), StatuteCode.of("PPC-369A"));
            add(lahore, "L4", LocalDate.of(2018, 5, 2), user("lead-l2"), StatuteCode.of("PPC-369A"));
            add(lahore, "L5", LocalDate.of(2019, 1, 7), user("lead-l"), StatuteCode.of("PSMA-3"));
            add(karachi, "K1", LocalDate.of(2018, 2, 1), user("lead-k"), StatuteCode.of("PPC-369A"));
            add(karachi, "K2", LocalDate.of(2018, 5, 2), user("lead-k"), PACHTO);
            // a decided case of Lahore, charged under PACHTO and EO-18, with prosecutor and judge assigned
            CaseRecord decided = decided(lahore, "L6", new CaseAssignment(Optional.of(user("lead-k")),
                    Optional.of(user("prosecutor")), Optional.of("Sessions Court"), Optional.of(user("judge"))));
            save(decided);
            cases.add(decided);
        }

        private void add(FiaCircle office, String fir, LocalDate on, String lead, StatuteCode section) {
            CaseRecord record = record(registered(office, fir, on, section), lead);
            save(record);
            cases.add(record);
        }

        CaseId id(String fir) {
            return cases.stream().filter(r -> r.caseFile().firNumber().value().equals(fir)).findFirst().orElseThrow()
                    .caseFile().id();
        }

        List<CaseId> ids(String... firs) {
            return java.util.Arrays.stream(firs).map(this::id).toList();
        }

        CaseVisibility ofBoth() {
            return new CaseVisibility(false, Optional.of(lahore.name()), Optional.of(user("lead-k")));
        }
    }

    private static CaseFilter filter(Optional<CaseStatus> status, Optional<StatuteCode> statute, Optional<String> office,
                                     Optional<String> assignedTo, Optional<LocalDate> from, Optional<LocalDate> to) {
        return new CaseFilter(status, statute, office, assignedTo, from, to);
    }

    @Test
    void find_by_office() {
        Shelf shelf = new Shelf();
        assertThat(ids(find(inOffice(shelf.lahore), all(), Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("L1", "L2", "L3", "L4", "L5", "L6"));
        assertThat(ids(find(inOffice(shelf.karachi), all(), Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("K1", "K2"));
    }

    @Test
    void find_by_status() {
        Shelf shelf = new Shelf();
        assertThat(ids(find(filter(Optional.of(CaseStatus.DECIDED), Optional.empty(), Optional.of(shelf.lahore.name()),
                Optional.empty(), Optional.empty(), Optional.empty()), all(), Optional.empty(), 100)))
                .containsExactly(shelf.id("L6"));
        assertThat(ids(find(filter(Optional.of(CaseStatus.REGISTERED), Optional.empty(), Optional.of(shelf.lahore.name()),
                Optional.empty(), Optional.empty(), Optional.empty()), all(), Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("L1", "L2", "L3", "L4", "L5"));
    }

    @Test
    void find_by_statute_registered_under_or_charged_under() {
        Shelf shelf = new Shelf();
        assertThat(findIn(shelf, PACHTO)).containsExactlyInAnyOrderElementsOf(shelf.ids("L1", "L6", "K2"));
        assertThat(findIn(shelf, EO_18)).as("charged, not registered, under EO-18").containsExactly(shelf.id("L6"));
        assertThat(findIn(shelf, StatuteCode.of("PPC-369A")))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("L2", "L3", "L4", "K1"));
        assertThat(findIn(shelf, StatuteCode.of("THOTA-11"))).isEmpty();
    }

    private List<CaseId> findIn(Shelf shelf, StatuteCode statute) {
        List<CaseId> found = new ArrayList<>();
        for (FiaCircle office : List.of(shelf.lahore, shelf.karachi)) {
            found.addAll(ids(find(filter(Optional.empty(), Optional.of(statute), Optional.of(office.name()),
                    Optional.empty(), Optional.empty(), Optional.empty()), all(), Optional.empty(), 100)));
        }
        return found;
    }

    @Test
    void find_assigned_to_a_user_as_lead_investigator_prosecutor_or_judge() {
        Shelf shelf = new Shelf();
        for (String who : List.of("prosecutor", "judge")) {
            assertThat(ids(find(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(user(who)),
                    Optional.empty(), Optional.empty()), all(), Optional.empty(), 100))).as(who)
                    .containsExactly(shelf.id("L6"));
        }
        assertThat(ids(find(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(user("lead-k")),
                Optional.empty(), Optional.empty()), all(), Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("K1", "K2", "L6"));
        assertThat(ids(find(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(user("nobody")),
                Optional.empty(), Optional.empty()), all(), Optional.empty(), 100))).isEmpty();
    }

    @Test
    void find_by_registration_dates_with_both_bounds_included() {
        Shelf shelf = new Shelf();
        LocalDate may2 = LocalDate.of(2018, 5, 2);
        assertThat(ids(find(filter(Optional.empty(), Optional.empty(), Optional.of(shelf.lahore.name()), Optional.empty(),
                Optional.of(may2), Optional.of(may2)), all(), Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("L2", "L3", "L4"));
        assertThat(ids(find(filter(Optional.empty(), Optional.empty(), Optional.of(shelf.lahore.name()), Optional.empty(),
                Optional.of(may2.plusDays(1)), Optional.empty()), all(), Optional.empty(), 100)))
                .containsExactly(shelf.id("L5"));
        assertThat(ids(find(filter(Optional.empty(), Optional.empty(), Optional.of(shelf.lahore.name()), Optional.empty(),
                Optional.empty(), Optional.of(may2.minusDays(1))), all(), Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("L1", "L6"));
    }

    @Test
    void filters_combine() {
        Shelf shelf = new Shelf();
        assertThat(ids(find(filter(Optional.of(CaseStatus.REGISTERED), Optional.of(StatuteCode.of("PPC-369A")),
                Optional.of(shelf.lahore.name()), Optional.of(user("lead-l2")), Optional.of(LocalDate.of(2018, 1, 1)),
                Optional.of(LocalDate.of(2018, 12, 31))), all(), Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("L3", "L4"));
    }

    @Test
    void visibility_admits_a_case_through_the_office_or_through_the_assignment() {
        Shelf shelf = new Shelf();
        CaseVisibility officeOnly = new CaseVisibility(false, Optional.of(shelf.karachi.name()), Optional.empty());
        assertThat(ids(find(CaseFilter.ANY, officeOnly, Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("K1", "K2"));

        CaseVisibility judgeOnly = new CaseVisibility(false, Optional.empty(), Optional.of(user("judge")));
        assertThat(ids(find(CaseFilter.ANY, judgeOnly, Optional.empty(), 100))).containsExactly(shelf.id("L6"));

        CaseVisibility either = new CaseVisibility(false, Optional.of(shelf.karachi.name()), Optional.of(user("judge")));
        assertThat(ids(find(CaseFilter.ANY, either, Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("K1", "K2", "L6"));

        CaseVisibility lahoreOrLeadK = shelf.ofBoth();
        assertThat(ids(find(inOffice(shelf.karachi), lahoreOrLeadK, Optional.empty(), 100)))
                .containsExactlyInAnyOrderElementsOf(shelf.ids("K1", "K2"));
        assertThat(ids(find(inOffice(shelf.lahore), new CaseVisibility(false, Optional.of(shelf.karachi.name()),
                Optional.empty()), Optional.empty(), 100))).as("visibility narrows the filter, never widens it").isEmpty();
    }

    @Test
    void newest_registration_first() {
        Shelf shelf = new Shelf();
        List<LocalDate> dates = find(inOffice(shelf.lahore), all(), Optional.empty(), 100).cases().stream()
                .map(r -> r.caseFile().registeredOn()).toList();
        assertThat(dates).hasSize(6).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 2, 3, 5, 6, 7})
    void keyset_pages_follow_each_other_without_duplicates_or_gaps(int size) {
        Shelf shelf = new Shelf();
        CaseVisibility visibility = shelf.ofBoth();
        CaseFilter onShelf = CaseFilter.ANY;
        List<CaseId> everything = ids(find(onShelf, visibility, Optional.empty(), 100));
        assertThat(everything).containsExactlyInAnyOrderElementsOf(
                shelf.cases.stream().map(r -> r.caseFile().id()).toList());

        List<CaseId> paged = new ArrayList<>();
        Optional<CaseCursor> after = Optional.empty();
        int pages = 0;
        CasePage page;
        do {
            page = find(onShelf, visibility, after, size);
            pages++;
            assertThat(page.cases()).hasSizeLessThanOrEqualTo(size);
            page.cases().forEach(r -> paged.add(r.caseFile().id()));
            if (page.hasNextPage()) {
                assertThat(page.cases()).hasSize(size);
                CaseRecord last = page.cases().get(size - 1);
                after = Optional.of(new CaseCursor(last.caseFile().registeredOn(), last.caseFile().id()));
            }
            assertThat(pages).isLessThanOrEqualTo(everything.size() + 1);
        } while (page.hasNextPage());

        assertThat(paged).as("the pages, one after the other").containsExactlyElementsOf(everything);
        assertThat(pages).isEqualTo((everything.size() + size - 1) / size);
    }

    @Test
    void a_page_after_the_last_case_is_empty() {
        Shelf shelf = new Shelf();
        List<CaseRecord> lahore = find(inOffice(shelf.lahore), all(), Optional.empty(), 100).cases();
        CaseRecord last = lahore.get(lahore.size() - 1);
        CasePage after = find(inOffice(shelf.lahore), all(),
                Optional.of(new CaseCursor(last.caseFile().registeredOn(), last.caseFile().id())), 10);
        assertThat(after.cases()).isEmpty();
        assertThat(after.hasNextPage()).isFalse();
    }

    @Test
    void found_cases_are_whole_cases() {
        Shelf shelf = new Shelf();
        CaseRecord found = find(filter(Optional.of(CaseStatus.DECIDED), Optional.empty(), Optional.of(shelf.lahore.name()),
                Optional.empty(), Optional.empty(), Optional.empty()), all(), Optional.empty(), 10).cases().get(0);
        CaseRecord saved = shelf.cases.get(shelf.cases.size() - 1);
        assertThat(found.caseFile().snapshot()).isEqualTo(atVersion(saved.caseFile().snapshot(), 1));
        assertThat(found.assignment()).isEqualTo(saved.assignment());
        assertThat(found.recordedFacts()).isEqualTo(saved.recordedFacts());
    }
}
