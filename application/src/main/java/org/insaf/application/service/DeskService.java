package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.CaseAccessPolicy;
import org.insaf.application.access.Role;
import org.insaf.application.casefile.desk.CauseList;
import org.insaf.application.casefile.desk.DueItem;
import org.insaf.application.port.in.DuePage;
import org.insaf.application.port.in.ReadCauseListQuery;
import org.insaf.application.port.in.ReadDeskQuery;
import org.insaf.application.port.in.ReadOfficeQueueQuery;
import org.insaf.application.port.out.BusinessClock;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.DeskReader;
import org.insaf.application.port.out.DueCursor;
import org.insaf.domain.casefile.PoliceReportDeadline;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists the desks work from: a court's cause list, a prosecutor's or judge's desk, an office's
 * queue. Reads only, not audited (as the case lists are not): none holds a victim's identity.
 */
@ApplicationScoped
public class DeskService implements ReadCauseListQuery, ReadDeskQuery, ReadOfficeQueueQuery {

    private final CaseAccessPolicy access;
    private final DeskReader reader;
    private final BusinessClock clock;

    @Inject
    public DeskService(CaseCommandRunner cases, DeskReader reader, BusinessClock clock) {
        this.access = cases.access();
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CauseList readCauseList(ReadCauseListQuery.Query query) {
        CaseVisibility visibility = access.visibilityOf(query.actor());
        if (visibility.seesNothing()) {
            throw new AccessRefused("Cause lists are for judges, prosecutors, investigators and admins; "
                    + "analysts see statistics only");
        }
        if (!reader.courtKnown(query.court())) {
            throw new InvalidValueException(RULE_COURT_UNKNOWN, "No case or hearing names the court "
                    + quoted(query.court()) + "; a court is named as in assignCase and recordHearing");
        }
        List<DeskReader.Listed> listed = reader.causeList(query.court(), query.date(), visibility);
        List<CauseList.Entry> entries = new ArrayList<>(listed.size());
        for (DeskReader.Listed l : listed) {
            entries.add(new CauseList.Entry(entries.size() + 1, l.theCase(), l.lastHearing(), l.lastProceedings()));
        }
        return new CauseList(query.court(), query.date(), entries);
    }

    @Override
    @Transactional
    public DuePage readDesk(ReadDeskQuery.Query query) {
        Actor actor = query.actor();
        Set<CaseVisibility.Place> places = EnumSet.noneOf(CaseVisibility.Place.class);
        if (actor.has(Role.PROSECUTOR)) {
            places.add(CaseVisibility.Place.PROSECUTOR);
        }
        if (actor.has(Role.JUDGE)) {
            places.add(CaseVisibility.Place.JUDGE);
        }
        if (places.isEmpty()) {
            throw new AccessRefused("A desk is a prosecutor's or a judge's: the cases assigned to them");
        }
        LocalDate today = clock.today();
        int days = PoliceReportDeadline.daysToInterimReport();
        DeskReader.Page page = reader.desk(actor.userId(), places, days, query.page().after(), query.page().first());
        DueItem.Counts counts = reader.deskCounts(actor.userId(), places, days, today);
        return page(page, counts, today);
    }

    @Override
    @Transactional
    public DuePage readOfficeQueue(ReadOfficeQueueQuery.Query query) {
        Actor actor = query.actor();
        if (!actor.has(Role.INVESTIGATOR)) {
            throw new AccessRefused("An office's queue is its investigators'");
        }
        String office = actor.office().orElseThrow(() -> new AccessRefused(
                "Your account names no office (the token's office claim), so there is no queue of yours"));
        LocalDate today = clock.today();
        int days = PoliceReportDeadline.daysToInterimReport();
        DeskReader.Page page = reader.queue(office, actor.agency(), days, query.page().after(), query.page().first());
        DueItem.Counts counts = reader.queueCounts(office, actor.agency(), days, today);
        return page(page, counts, today);
    }

    private static DuePage page(DeskReader.Page page, DueItem.Counts counts, LocalDate today) {
        List<DueItem> items = page.rows().stream().map(row -> item(row, today)).toList();
        Optional<DueCursor> end = page.rows().isEmpty() ? Optional.empty() : Optional.of(cursor(
                page.rows().get(page.rows().size() - 1)));
        return new DuePage(items, page.hasNextPage(), end, counts, today);
    }

    private static DueCursor cursor(DeskReader.Row row) {
        return new DueCursor(row.key(), org.insaf.domain.casefile.CaseId.of(row.theCase().caseId()));
    }

    private static DueItem item(DeskReader.Row row, LocalDate today) {
        Optional<LocalDate> due = row.key().equals(DueCursor.UNDATED) ? Optional.empty() : Optional.of(row.key());
        // A hearing's date is the court's; any other date here is the interim report's, set by the Code.
        Optional<String> under = due.isPresent() && row.hearingCourt().isEmpty()
                ? Optional.of(PoliceReportDeadline.LAW) : Optional.empty();
        return new DueItem(row.theCase(), due, row.hearingCourt(), under, DueItem.Bucket.of(due, today));
    }

    private static String quoted(String value) {
        String cut = value.codePointCount(0, value.length()) > 40
                ? value.substring(0, value.offsetByCodePoints(0, 40)) + "…" : value;
        return "'" + cut + "'";
    }
}
