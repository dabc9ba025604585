package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.casefile.desk.CaseOnList;
import org.insaf.application.casefile.desk.CauseList;
import org.insaf.application.casefile.desk.DueItem;
import org.insaf.application.casefile.desk.DueItem.Bucket;
import org.insaf.application.port.in.DuePage;
import org.insaf.application.port.in.ReadCauseListQuery;
import org.insaf.application.port.in.ReadDeskQuery;
import org.insaf.application.port.in.ReadOfficeQueueQuery;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.DeskReader;
import org.insaf.application.port.out.DueCursor;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The desks' service: who is refused before anything is read, what access it hands the read side, what is due when. */
class DeskServiceTest {

    private static final LocalDate TODAY = Insaf.TODAY;
    private static final Actor PROSECUTING_JUDGE = new Actor("pj", Set.of(Role.PROSECUTOR, Role.JUDGE), Optional.empty());

    /** Records what it is asked and answers one case of each kind. */
    static final class Reader implements DeskReader {
        final List<String> asked = new ArrayList<>();
        boolean courtKnown = true;

        @Override
        public boolean courtKnown(String court) {
            asked.add("court " + court);
            return courtKnown;
        }

        @Override
        public List<Listed> causeList(String court, LocalDate date, CaseVisibility visibility) {
            asked.add("causeList " + visibility);
            return List.of(new Listed(onList(CaseStatus.ON_TRIAL), date.minusDays(7), "adjourned"),
                    new Listed(onList(CaseStatus.ON_TRIAL), date.minusDays(3), "adjourned"));
        }

        @Override
        public Page desk(String userId, Set<CaseVisibility.Place> places, int reportDays, Optional<DueCursor> after, int limit) {
            asked.add("desk " + userId + " " + places + " " + reportDays);
            return new Page(List.of(new Row(onList(CaseStatus.ON_TRIAL), TODAY, Optional.of("COURT")),
                    new Row(onList(CaseStatus.UNDER_INVESTIGATION), TODAY.plusDays(7), Optional.empty()),
                    new Row(onList(CaseStatus.CHARGE_SHEET_FILED), DueCursor.UNDATED, Optional.empty())), true);
        }

        @Override
        public DueItem.Counts deskCounts(String userId, Set<CaseVisibility.Place> places, int reportDays, LocalDate today) {
            asked.add("deskCounts " + today);
            return new DueItem.Counts(1, 2, 3, 4);
        }

        @Override
        public Page queue(String office, Agency agency, int reportDays, Optional<DueCursor> after, int limit) {
            asked.add("queue " + office + " " + agency + " " + reportDays);
            return new Page(List.of(new Row(onList(CaseStatus.REGISTERED), TODAY.minusDays(1), Optional.empty())), false);
        }

        @Override
        public DueItem.Counts queueCounts(String office, Agency agency, int reportDays, LocalDate today) {
            asked.add("queueCounts " + today);
            return new DueItem.Counts(1, 0, 0, 0);
        }
    }

    static CaseOnList onList(CaseStatus status) {
        return new CaseOnList(CaseId.random().toString(), "FIR-1", "AHTC Lahore", "AHTC Lahore", TODAY.minusDays(30), status,
                false, List.of(new CaseOnList.AccusedOnList("A", CustodyStatus.IN_CUSTODY)), List.of("V-2024-000001"));
    }

    private final Insaf insaf = new Insaf();
    private final Reader reader = new Reader();
    private final DeskService desks = new DeskService(insaf.runner, reader, insaf.clock);

    private static DuePage.Request page() {
        return new DuePage.Request(Optional.empty(), 20);
    }

    @Nested
    class The_cause_list {

        @Test
        void is_numbered_from_one_in_the_order_the_read_side_gives() {
            CauseList list = desks.readCauseList(new ReadCauseListQuery.Query(Actors.JUDGE, " COURT ", TODAY));
            assertThat(list.court()).isEqualTo("COURT");
            assertThat(list.entries()).extracting(CauseList.Entry::serial).containsExactly(1, 2);
            assertThat(reader.asked.get(1)).contains("judge-assigned").contains("JUDGE");
        }

        @Test
        void is_refused_to_analysts_auditors_and_people_without_roles_before_anything_is_read() {
            for (Actor actor : List.of(Actors.ANALYST, Actors.AUDITOR, Actors.NO_ROLES)) {
                assertThatThrownBy(() -> desks.readCauseList(new ReadCauseListQuery.Query(actor, "COURT", TODAY)))
                        .isInstanceOf(AccessRefused.class);
            }
            assertThat(reader.asked).isEmpty();
        }

        @Test
        void names_a_known_court_or_is_refused_by_rule_COURT_UNKNOWN() {
            reader.courtKnown = false;
            assertThatThrownBy(() -> desks.readCauseList(new ReadCauseListQuery.Query(Actors.ADMIN, "NOWHERE", TODAY)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("'NOWHERE'")
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("COURT_UNKNOWN");
            assertThat(reader.asked).containsExactly("court NOWHERE");
        }

        @Test
        void needs_a_court_and_a_day_of_the_calendar_the_service_keeps() {
            assertThatThrownBy(() -> new ReadCauseListQuery.Query(Actors.ADMIN, " ", TODAY))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("REQUIRED");
            assertThatThrownBy(() -> new ReadCauseListQuery.Query(Actors.ADMIN, "C".repeat(201), TODAY))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("INPUT_TOO_LONG");
            assertThatThrownBy(() -> new ReadCauseListQuery.Query(Actors.ADMIN, "C", null))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("REQUIRED");
            assertThatThrownBy(() -> new ReadCauseListQuery.Query(Actors.ADMIN, "C", LocalDate.of(1899, 12, 31)))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("INPUT_DATE_RANGE");
        }
    }

    @Nested
    class The_desk {

        @Test
        void is_read_for_the_places_the_caller_holds_with_the_interim_report_days_of_section_173() {
            desks.readDesk(new ReadDeskQuery.Query(PROSECUTING_JUDGE, page()));
            assertThat(reader.asked.get(0)).isEqualTo("desk pj [PROSECUTOR, JUDGE] 17");
            reader.asked.clear();
            desks.readDesk(new ReadDeskQuery.Query(Actors.PROSECUTOR, page()));
            assertThat(reader.asked.get(0)).isEqualTo("desk pros-assigned [PROSECUTOR] 17");
        }

        @Test
        void tells_what_is_due_when_and_under_which_law() {
            DuePage page = desks.readDesk(new ReadDeskQuery.Query(Actors.JUDGE, page()));
            assertThat(page.items()).extracting(DueItem::bucket).containsExactly(Bucket.THIS_WEEK, Bucket.LATER, Bucket.UNDATED);
            assertThat(page.items().get(0).dueAt()).contains("COURT");
            assertThat(page.items().get(0).dueUnder()).as("a hearing's day is the court's").isEmpty();
            assertThat(page.items().get(1).dueUnder()).contains("s.173(1) CrPC, proviso");
            assertThat(page.items().get(2).dueOn()).isEmpty();
            assertThat(page.items().get(2).dueUnder()).isEmpty();
            assertThat(page.endCursor()).contains(new DueCursor(DueCursor.UNDATED, CaseId.of(page.items().get(2).theCase().caseId())));
            assertThat(page.counts()).isEqualTo(new DueItem.Counts(1, 2, 3, 4));
            assertThat(page.today()).isEqualTo(TODAY);
            assertThat(reader.asked).contains("deskCounts " + TODAY);
        }

        @Test
        void is_refused_to_anyone_not_a_prosecutor_or_judge_before_anything_is_read() {
            for (Actor actor : List.of(Actors.LEAD, Actors.ADMIN, Actors.ANALYST, Actors.AUDITOR, Actors.NO_ROLES)) {
                assertThatThrownBy(() -> desks.readDesk(new ReadDeskQuery.Query(actor, page())))
                        .isInstanceOf(AccessRefused.class);
            }
            assertThat(reader.asked).isEmpty();
        }
    }

    @Nested
    class The_office_queue {

        @Test
        void is_the_office_and_agency_of_the_token() {
            DuePage page = desks.readOfficeQueue(new ReadOfficeQueueQuery.Query(Actors.STATION_INVESTIGATOR, page()));
            assertThat(reader.asked.get(0)).isEqualTo("queue PB-LHR-CIVIL-LINES PROVINCIAL_POLICE 17");
            assertThat(page.items().get(0).bucket()).isEqualTo(Bucket.OVERDUE);
            assertThat(page.hasNextPage()).isFalse();
        }

        @Test
        void is_refused_to_anyone_but_an_investigator_with_an_office() {
            Actor noOffice = new Actor("inv-nowhere", Set.of(Role.INVESTIGATOR), Optional.empty());
            for (Actor actor : List.of(noOffice, Actors.PROSECUTOR, Actors.JUDGE, Actors.ADMIN, Actors.ANALYST, Actors.AUDITOR)) {
                assertThatThrownBy(() -> desks.readOfficeQueue(new ReadOfficeQueueQuery.Query(actor, page())))
                        .isInstanceOf(AccessRefused.class);
            }
            assertThat(reader.asked).isEmpty();
        }
    }

    @Nested
    class Buckets_relative_to_today {

        @Test
        void yesterday_is_overdue_today_and_six_days_on_are_this_week_the_seventh_is_later() {
            assertThat(Bucket.of(Optional.of(TODAY.minusDays(1)), TODAY)).isEqualTo(Bucket.OVERDUE);
            assertThat(Bucket.of(Optional.of(TODAY), TODAY)).isEqualTo(Bucket.THIS_WEEK);
            assertThat(Bucket.of(Optional.of(TODAY.plusDays(6)), TODAY)).isEqualTo(Bucket.THIS_WEEK);
            assertThat(Bucket.of(Optional.of(TODAY.plusDays(7)), TODAY)).isEqualTo(Bucket.LATER);
            assertThat(Bucket.of(Optional.empty(), TODAY)).isEqualTo(Bucket.UNDATED);
        }

        @Test
        void a_page_is_one_to_a_hundred() {
            assertThatThrownBy(() -> new DuePage.Request(Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DuePage.Request(Optional.empty(), 101)).isInstanceOf(IllegalArgumentException.class);
            assertThat(new DuePage.Request(null, 100).after()).isEmpty();
        }
    }
}
