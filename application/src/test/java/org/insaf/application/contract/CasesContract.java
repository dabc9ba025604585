package org.insaf.application.contract;

import org.insaf.domain.person.VictimFixture;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.Case;
import org.insaf.application.contract.ContractCases.Step;
import org.insaf.application.error.Conflict;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * What the four case ports must do together, on every adapter: {@link CaseEventWriter} stores what a
 * case's events say, {@link CaseLoader} and {@link CaseFinder} give it back (victims without their
 * identities), {@link VictimIdentityReader} gives the identities by victim id. An adapter's test
 * extends this class and says how to get each port and how to run work in a transaction.
 *
 * <p>The kit needs no empty store: every test works in offices and with user ids of its own (a
 * fresh UUID in the name), and every list it reads is narrowed to them, so tests may share one
 * database and run in any order. Each repository call runs in its own transaction through
 * {@link #inTransaction}, so a refusal that a store raises only at commit still counts.
 */
public abstract class CasesContract {

    protected abstract CaseLoader loader();

    protected abstract CaseEventWriter writer();

    protected abstract CaseFinder finder();

    protected abstract VictimIdentityReader identities();

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

    private long save(Case record) {
        return inTransaction(() -> writer().save(record));
    }

    private Case load(CaseId id) {
        return inTransaction(() -> loader().load(id)).orElseThrow(() -> new AssertionError("case " + id + " not found"));
    }

    private CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit) {
        return inTransaction(() -> finder().find(filter, visibility, after, limit));
    }

    private static CaseVisibility all() {
        return new CaseVisibility(true, Optional.empty(), Optional.empty());
    }

    private static CaseFilter inOffice(FiaCircle office) {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(office.name()), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static List<CaseId> ids(CasePage page) {
        return page.cases().stream().map(r -> CaseId.of(r.id())).toList();
    }

    // ------------------------------------------------------------------ save and load

    @Test
    void a_new_case_is_stored_at_version_1_and_loaded_back_as_it_was() {
        Case record = record(registered(office("Lahore"), "FIR 1/2017", REGISTERED, PACHTO), user("lead"));

        assertThat(save(record)).isEqualTo(1);

        Case loaded = load(record.id());
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.snapshot()).isEqualTo(atVersion(record.snapshot(), 1));
        assertThat(loaded.assignment()).isEqualTo(record.assignment());
        assertThat(loaded.recordedFacts()).isEmpty();
    }

    @Test
    void a_whole_case_survives_the_round_trip() {
        CaseAssignment assignment = new CaseAssignment(Optional.of(user("lead")), Optional.of(user("prosecutor")),
                Optional.of("Sessions Court Lahore"), Optional.of(user("judge")));
        Case record = decided(office("Lahore"), "FIR 2/2017", assignment);

        save(record);
        Case loaded = load(record.id());

        Case c = loaded;
        assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(c.victims()).isEqualTo(record.victims().stream().map(VictimFixture::withoutIdentity).toList());
        assertThat(c.victims()).allSatisfy(v -> assertThat(v.identity()).as("loaded without identity").isEmpty());
        Map<PersonId, VictimIdentity> identities = inTransaction(() -> identities().read(record.id(),
                record.victims().stream().map(Victim::id).collect(Collectors.toSet())));
        assertThat(identities).isEqualTo(record.victims().stream()
                .collect(Collectors.toMap(Victim::id, v -> v.identity().orElseThrow())));
        assertThat(c.accused()).isEqualTo(record.accused());
        assertThat(c.offences()).isEqualTo(record.offences());
        assertThat(c.hearings()).isEqualTo(record.hearings());
        assertThat(c.warnings()).isNotEmpty().isEqualTo(record.warnings());
        assertThat(c.snapshot()).isEqualTo(atVersion(record.snapshot(), 1));
        assertThat(loaded.assignment()).isEqualTo(assignment);
        assertThat(loaded.recordedFacts()).contains(gulfFacts());
    }

    @Test
    void the_sections_of_other_laws_an_fir_cites_are_kept_in_their_order() {
        List<String> other = List.of("Emigration Ordinance 1979 s.18", "CrPC 154 \u00e9\uD83D\uDE00");
        Case registered = Case.register(CaseId.random(), new FirNumber("FIR 4/2017"), office("Lahore"), REGISTERED,
                Set.of(PACHTO), other, TODAY);
        Case record = record(registered, user("lead"));
        save(record);
        Case loaded = load(registered.id());
        assertThat(loaded.otherSections()).containsExactlyElementsOf(other);
        assertThat(loaded.firSections()).containsExactly(PACHTO);
        assertThat(loaded.snapshot()).isEqualTo(atVersion(record.snapshot(), 1));
    }

    @Test
    void a_dropped_investigation_keeps_its_reason() {
        Case record = dropped(office("Lahore"), "FIR 3/2017", user("lead"));
        save(record);
        Case loaded = load(record.id());
        assertThat(loaded.status()).isEqualTo(CaseStatus.INVESTIGATION_CLOSED);
        assertThat(loaded.investigationClosedReason()).isEqualTo(record.investigationClosedReason());
        assertThat(loaded.snapshot()).isEqualTo(atVersion(record.snapshot(), 1));
    }

    @Test
    void a_case_never_stored_is_not_found() {
        assertThat(inTransaction(() -> loader().load(CaseId.random()))).isEmpty();
    }

    @Test
    void every_save_of_the_latest_version_makes_the_next_version() {
        Case record = record(registered(office("Lahore"), "FIR 4/2017", REGISTERED, PACHTO), user("lead"));
        assertThat(save(record)).isEqualTo(1);

        Case v1 = load(record.id());
        v1.startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
        assertThat(save(v1)).isEqualTo(2);

        Case v2 = load(record.id());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        v2.recordFacts(gulfFacts(), TODAY);
        v2.assign(new CaseAssignment(Optional.of(user("lead")), Optional.of(user("prosecutor")), Optional.empty(),
                Optional.empty()), TODAY);
        assertThat(save(v2)).isEqualTo(3);

        Case v3 = load(record.id());
        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.recordedFacts()).contains(gulfFacts());
        assertThat(v3.assignment().prosecutor()).contains(user("prosecutor"));
        assertThat(v3.snapshot()).isEqualTo(atVersion(v2.snapshot(), 3));
    }

    @Test
    void of_two_changes_made_on_the_same_version_the_first_saved_wins_and_the_second_is_stale() {
        Case record = record(registered(office("Lahore"), "FIR 5/2017", REGISTERED, PACHTO), user("lead"));
        save(record);
        Case mine = load(record.id());
        Case theirs = load(record.id());

        mine.startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
        assertThat(save(mine)).isEqualTo(2);

        theirs.assign(CaseAssignment.leadInvestigator(user("other")), TODAY);
        assertThatThrownBy(() -> save(theirs)).isInstanceOf(StaleCase.class).isInstanceOf(Conflict.class);

        Case stored = load(record.id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        assertThat(stored.assignment()).isEqualTo(record.assignment());
    }

    @Test
    void a_case_is_saved_once_per_load() {
        Case record = record(registered(office("Lahore"), "FIR 6/2017", REGISTERED, PACHTO), user("lead"));
        save(record);
        Case again = Case.register(record.id(), new FirNumber("FIR 6b/2017"), office("Lahore"), REGISTERED, Set.of(PACHTO), List.of(),
                TODAY);
        assertThatThrownBy(() -> save(again)).as("a second new case under the same id").isInstanceOf(StaleCase.class);

        Case loaded = load(record.id());
        loaded.startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
        save(loaded);
        loaded.closeInvestigation("no evidence", LocalDate.of(2017, 3, 6), TODAY);
        assertThatThrownBy(() -> save(loaded)).as("a further change of the case as it was loaded")
                .isInstanceOf(StaleCase.class);
        assertThat(load(record.id()).version()).isEqualTo(2);
        assertThat(load(record.id()).status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    }

    @Test
    void a_case_with_nothing_new_is_not_saved() {
        Case record = record(registered(office("Lahore"), "FIR 6c/2017", REGISTERED, PACHTO), user("lead"));
        save(record);
        assertThat(record.pendingEvents()).as("saved events are no longer pending").isEmpty();
        Case loaded = load(record.id());
        assertThat(loaded.pendingEvents()).isEmpty();
        assertThatThrownBy(() -> save(loaded)).isInstanceOf(IllegalStateException.class);
        assertThat(load(record.id()).version()).isEqualTo(1);
    }

    @Test
    void identities_are_read_by_victim_id_and_only_for_the_case_named() {
        CaseAssignment assignment = CaseAssignment.leadInvestigator(user("lead"));
        Case one = decided(office("Lahore"), "FIR 6d/2017", assignment);
        Case other = decided(office("Lahore"), "FIR 6e/2017", assignment);
        save(one);
        save(other);
        Victim first = one.victims().get(0);
        Victim theirs = other.victims().get(0);
        Map<PersonId, VictimIdentity> read = inTransaction(() -> identities().read(one.id(),
                Set.of(first.id(), theirs.id(), org.insaf.domain.shared.PersonId.random())));
        assertThat(read).containsOnlyKeys(first.id());
        assertThat(read.get(first.id())).isEqualTo(first.identity().orElseThrow());
        assertThat(inTransaction(() -> identities().read(one.id(), Set.of()))).isEmpty();
    }

    // ------------------------------------------------------------------ changes saved where they were loaded

    /** Loads the case, applies the step and saves it, in the caller's transaction; gives the record saved. */
    private Case loadChangeAndSave(CaseId id, Step step) {
        Case loaded = loader().load(id).orElseThrow();
        // As a use case does before a step that compares an accused's CNIC with the victims'.
        loaded.identitiesRead(identities().read(id, loaded.victims().stream().map(Victim::id).collect(Collectors.toSet())));
        Case changed = step.change().apply(loaded);
        writer().save(changed);
        return changed;
    }

    private void assertStoredAs(CaseId id, Case expected, String after) {
        Case stored = load(id);
        assertThat(stored.snapshot()).as("after: " + after)
                .isEqualTo(atVersion(expected.snapshot(), stored.version()));
        assertThat(stored.assignment()).as("after: " + after).isEqualTo(expected.assignment());
        assertThat(stored.recordedFacts()).as("after: " + after).isEqualTo(expected.recordedFacts());
    }

    @Test
    void each_change_saved_in_the_transaction_that_loaded_the_case_is_stored_whole() {
        CaseAssignment assignment = new CaseAssignment(Optional.of(user("lead")), Optional.of(user("prosecutor")),
                Optional.of("Sessions Court Lahore"), Optional.of(user("judge")));
        Case record = record(registered(office("Lahore"), "FIR 7/2017", REGISTERED, PACHTO, EO_18), user("lead"));
        save(record);
        CaseId id = record.id();
        long version = 1;
        for (Step step : decidedStory(assignment)) {
            Case saved = inTransaction(() -> loadChangeAndSave(id, step));
            assertStoredAs(id, saved, step.name());
            assertThat(load(id).version()).as("after: " + step.name()).isEqualTo(++version);
        }
        assertThat(load(id).status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void a_whole_story_in_one_transaction_each_step_loading_what_the_last_saved_is_stored_whole() {
        CaseAssignment assignment = new CaseAssignment(Optional.of(user("lead")), Optional.of(user("prosecutor")),
                Optional.of("Sessions Court Lahore"), Optional.of(user("judge")));
        Case record = record(registered(office("Lahore"), "FIR 8/2017", REGISTERED, PACHTO, EO_18), user("lead"));
        CaseId id = record.id();
        List<Step> story = decidedStory(assignment);
        Case last = inTransaction(() -> {
            writer().save(record);
            Case saved = record;
            for (Step step : story) {
                saved = loadChangeAndSave(id, step);
            }
            return saved;
        });
        assertStoredAs(id, last, "the whole story");
        assertThat(load(id).version()).isEqualTo(story.size() + 1);
    }

    @Test
    void a_case_saved_by_another_transaction_after_this_one_loaded_it_is_stale_here() {
        Case record = record(registered(office("Lahore"), "FIR 9/2017", REGISTERED, PACHTO), user("lead"));
        save(record);
        CaseId id = record.id();
        // The stale save fails the transaction it ran in, as a use case's would.
        assertThatThrownBy(() -> inTransaction(() -> {
            Case mine = loader().load(id).orElseThrow();
            inTransaction(() -> loadChangeAndSave(id, new Step("theirs", r -> {
                r.assign(CaseAssignment.leadInvestigator(user("other")), TODAY);
                return r;
            })));
            mine.startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
            return writer().save(mine);
        })).satisfies(e -> assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
                .anyMatch(StaleCase.class::isInstance));
        Case stored = load(id);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(stored.assignment().investigator()).contains(user("other"));
    }

    @Test
    void an_fir_exists_in_the_office_that_registered_it() {
        FiaCircle lahore = office("Lahore");
        save(record(registered(lahore, "FIR 7/2017", REGISTERED, PACHTO), user("lead")));

        assertThat(inTransaction(() -> finder().firExists(lahore, new FirNumber("FIR 7/2017")))).isTrue();
        assertThat(inTransaction(() -> finder().firExists(lahore, new FirNumber("FIR 8/2017")))).isFalse();
        assertThat(inTransaction(() -> finder().firExists(office("Karachi"), new FirNumber("FIR 7/2017")))).isFalse();
    }

    @Test
    void a_transferred_case_comes_back_held_by_its_new_office_with_its_history_and_its_fir_stays_the_first_offices() {
        FiaCircle lahore = office("Lahore");
        FiaCircle karachi = office("Karachi");
        InvestigatingOffice station = InvestigatingOffice.policeStation(lahore.name(), Province.PUNJAB, "Lahore");
        Case record = record(registered(lahore, "FIR 30/2017", REGISTERED, StatuteCode.of("PPC-369A")), user("lead"));
        save(record);
        Case first = load(record.id());
        first.transfer(InvestigatingOffice.of(karachi), "accused arrested in Karachi", REGISTERED.plusDays(1), CATALOGUE,
                TODAY);
        save(first);
        Case second = load(record.id());
        second.transfer(station, "offence inside Pakistan: the police investigate", REGISTERED.plusDays(2), CATALOGUE,
                TODAY);
        save(second);
        Case third = load(record.id());
        third.transfer(InvestigatingOffice.of(karachi), "back to the FIA", REGISTERED.plusDays(3), CATALOGUE, TODAY);
        save(third);

        Case loaded = load(record.id());
        assertThat(loaded.snapshot()).isEqualTo(atVersion(third.snapshot(), 4));
        assertThat(loaded.office()).isEqualTo(InvestigatingOffice.of(karachi));
        assertThat(loaded.registeredAt()).isEqualTo(InvestigatingOffice.of(lahore));
        assertThat(loaded.transfers()).extracting(t -> t.to().agency()).containsExactly(Agency.FIA,
                Agency.PROVINCIAL_POLICE, Agency.FIA);
        assertThat(loaded.assignment().investigator()).isEmpty();
        assertThat(inTransaction(() -> finder().firExists(lahore, new FirNumber("FIR 30/2017")))).isTrue();
        assertThat(inTransaction(() -> finder().firExists(karachi, new FirNumber("FIR 30/2017")))).isFalse();

        CaseVisibility ofKarachi = new CaseVisibility(false, Optional.of(karachi.name()), Optional.empty(),
                java.util.Set.of(), Agency.FIA);
        CaseVisibility ofLahore = new CaseVisibility(false, Optional.of(lahore.name()), Optional.empty(),
                java.util.Set.of(), Agency.FIA);
        CaseVisibility ofTheStation = new CaseVisibility(false, Optional.of(lahore.name()), Optional.empty(),
                java.util.Set.of(), Agency.PROVINCIAL_POLICE);
        assertThat(ids(find(CaseFilter.ANY, ofKarachi, Optional.empty(), 10))).containsExactly(record.id());
        assertThat(ids(find(CaseFilter.ANY, ofLahore, Optional.empty(), 10))).isEmpty();
        assertThat(ids(find(CaseFilter.ANY, ofTheStation, Optional.empty(), 10))).isEmpty();
        assertThat(ids(find(inOffice(karachi), all(), Optional.empty(), 10))).containsExactly(record.id());
        assertThat(ids(find(inOffice(lahore), all(), Optional.empty(), 10))).isEmpty();
        assertThat(inTransaction(() -> finder().detail(record.id(), ofKarachi))).isPresent();
        assertThat(inTransaction(() -> finder().detail(record.id(), ofLahore))).isEmpty();
    }

    // ------------------------------------------------------------------ find

    /** Eight cases of two offices: dates with ties, two statuses, three statutes, three people assigned. */
    private final class Shelf {
        final FiaCircle lahore = office("Lahore");
        final FiaCircle karachi = office("Karachi");
        final List<Case> cases = new ArrayList<>();

        Shelf() {
            add(lahore, "L1", LocalDate.of(2017, 3, 1), user("lead-l"), PACHTO);
            add(lahore, "L2", LocalDate.of(2018, 5, 2), user("lead-l"), StatuteCode.of("PPC-369A"));
            add(lahore, "L3", LocalDate.of(2018, 5, 2), user("lead-l2"), StatuteCode.of("PPC-369A"));
            add(lahore, "L4", LocalDate.of(2018, 5, 2), user("lead-l2"), StatuteCode.of("PPC-369A"));
            add(lahore, "L5", LocalDate.of(2019, 1, 7), user("lead-l"), StatuteCode.of("PSMA-3"));
            add(karachi, "K1", LocalDate.of(2018, 2, 1), user("lead-k"), StatuteCode.of("PPC-369A"));
            add(karachi, "K2", LocalDate.of(2018, 5, 2), user("lead-k"), PACHTO);
            // a decided case of Lahore, charged under PACHTO and EO-18, with prosecutor and judge assigned
            Case decided = decided(lahore, "L6", new CaseAssignment(Optional.of(user("lead-k")),
                    Optional.of(user("prosecutor")), Optional.of("Sessions Court"), Optional.of(user("judge"))));
            save(decided);
            cases.add(decided);
        }

        private void add(FiaCircle office, String fir, LocalDate on, String lead, StatuteCode section) {
            Case record = record(registered(office, fir, on, section), lead);
            save(record);
            cases.add(record);
        }

        CaseId id(String fir) {
            return cases.stream().filter(r -> r.firNumber().value().equals(fir)).findFirst().orElseThrow()
                    .id();
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
                .map(r -> r.registeredOn()).toList();
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
                shelf.cases.stream().map(r -> r.id()).toList());

        List<CaseId> paged = new ArrayList<>();
        Optional<CaseCursor> after = Optional.empty();
        int pages = 0;
        CasePage page;
        do {
            page = find(onShelf, visibility, after, size);
            pages++;
            assertThat(page.cases()).hasSizeLessThanOrEqualTo(size);
            page.cases().forEach(r -> paged.add(CaseId.of(r.id())));
            if (page.hasNextPage()) {
                assertThat(page.cases()).hasSize(size);
                CaseDetail last = page.cases().get(size - 1);
                after = Optional.of(new CaseCursor(last.registeredOn(), CaseId.of(last.id())));
            }
            assertThat(pages).isLessThanOrEqualTo(everything.size() + 1);
        } while (page.hasNextPage());

        assertThat(paged).as("the pages, one after the other").containsExactlyElementsOf(everything);
        assertThat(pages).isEqualTo((everything.size() + size - 1) / size);
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 4, 100})
    void a_page_read_for_some_parts_holds_the_same_cases_in_the_same_order_with_at_least_those_parts(int size) {
        Shelf shelf = new Shelf();
        CaseVisibility visibility = shelf.ofBoth();
        Set<CaseDetail.Part> parts = Set.of(CaseDetail.Part.VICTIMS, CaseDetail.Part.CHARGES);
        Optional<CaseCursor> after = Optional.empty();
        CasePage whole;
        do {
            Optional<CaseCursor> from = after;
            whole = find(CaseFilter.ANY, visibility, from, size);
            CasePage some = inTransaction(() -> finder().find(CaseFilter.ANY, visibility, from, size, parts));
            assertThat(some.hasNextPage()).isEqualTo(whole.hasNextPage());
            assertThat(some.cases()).hasSameSizeAs(whole.cases());
            for (int i = 0; i < whole.cases().size(); i++) {
                // The parts asked for as the whole page has them; the others empty, or there as well.
                assertThat(some.cases().get(i).only(parts)).isEqualTo(whole.cases().get(i).only(parts));
            }
            if (whole.hasNextPage()) {
                CaseDetail last = whole.cases().get(whole.cases().size() - 1);
                after = Optional.of(new CaseCursor(last.registeredOn(), CaseId.of(last.id())));
            }
        } while (whole.hasNextPage());
    }

    @Test
    void a_page_after_the_last_case_is_empty() {
        Shelf shelf = new Shelf();
        List<CaseDetail> lahore = find(inOffice(shelf.lahore), all(), Optional.empty(), 100).cases();
        CaseDetail last = lahore.get(lahore.size() - 1);
        CasePage after = find(inOffice(shelf.lahore), all(),
                Optional.of(new CaseCursor(last.registeredOn(), CaseId.of(last.id()))), 10);
        assertThat(after.cases()).isEmpty();
        assertThat(after.hasNextPage()).isFalse();
    }

    @Test
    void found_cases_are_read_as_the_case_they_were_saved_from() {
        Shelf shelf = new Shelf();
        CaseDetail found = find(filter(Optional.of(CaseStatus.DECIDED), Optional.empty(), Optional.of(shelf.lahore.name()),
                Optional.empty(), Optional.empty(), Optional.empty()), all(), Optional.empty(), 10).cases().get(0);
        Case saved = shelf.cases.get(shelf.cases.size() - 1);
        assertThat(found).isEqualTo(CaseProjection.of(Case.reconstitute(atVersion(saved.snapshot(), 1))));
        assertThat(found.charges()).isNotEmpty();
        assertThat(found.recordedFacts()).isNotNull();
    }

    @Test
    void a_case_is_read_alone_only_where_the_visibility_admits_it() {
        Shelf shelf = new Shelf();
        Case saved = shelf.cases.get(shelf.cases.size() - 1);
        CaseDetail expected = CaseProjection.of(Case.reconstitute(atVersion(saved.snapshot(), 1)));
        assertThat(inTransaction(() -> finder().detail(saved.id(), all()))).contains(expected);
        assertThat(inTransaction(() -> finder().detail(saved.id(),
                new CaseVisibility(false, Optional.of(saved.circle().name()), Optional.empty())))).contains(expected);
        assertThat(inTransaction(() -> finder().detail(saved.id(),
                new CaseVisibility(false, Optional.of("another office"), Optional.of("nobody"))))).isEmpty();
        assertThat(inTransaction(() -> finder().detail(CaseId.random(), all()))).isEmpty();
    }
}
