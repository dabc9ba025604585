package org.insaf.adapters.graphql.desk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.casefile.CaseTypes.PageInfo;
import org.insaf.application.casefile.desk.CaseOnList;
import org.insaf.application.casefile.desk.CauseList;
import org.insaf.application.casefile.desk.DueItem;
import org.insaf.domain.casefile.CaseStage;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CustodyStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The GraphQL output types of the cause list, the desks and the queues. */
public final class DeskTypes {

    private DeskTypes() {
    }

    @Name("CaseOnList")
    @Description("A case as a cause list, a desk or a queue shows it: victims by pseudonym only, never an identity")
    public record CaseOnListType(
            @Id @NonNull @Description("The case's id: node(id) or case(id) reads the Case") String caseId,
            @NonNull String firNumber,
            @NonNull @Description("The office whose FIR number it is (where the FIR was recorded)") String registeredAt,
            @NonNull @Description("The office that holds the case now") String office,
            @NonNull LocalDate registeredOn,
            @NonNull CaseStatus status,
            @Description("Where the pending case stands; null once it is disposed of") CaseStage stage,
            @Description("What is due at this stage, in words") String due,
            @NonNull @Description("\"State vs\" the accused, as a cause list titles the case") String title,
            @NonNull @Description("The accused in the order they were added, with where each is now") List<@NonNull AccusedOnListType> accused,
            @NonNull @Description("The victims' pseudonyms; never an identity") List<@NonNull String> victimPseudonyms) {
    }

    @Name("AccusedOnList")
    public record AccusedOnListType(@NonNull String name, @NonNull CustodyStatus custody) {
    }

    @Name("CauseList")
    @Description("The cases a court hears on a day, in the order it calls them")
    public record CauseListType(
            @NonNull String court,
            @NonNull LocalDate date,
            @NonNull @Description("How the entries are ordered") String order,
            @NonNull @Description("Every hearing fixed for that court and day among the cases open to you; counted as 100 entries in the query cost") List<@NonNull CauseListEntryType> entries) {
    }

    @Name("CauseListEntry")
    public record CauseListEntryType(
            @NonNull @Description("The case's number on the list, from 1") int serial,
            @Name("case") @NonNull CaseOnListType theCase,
            @NonNull @Description("The hearing that fixed this date") LocalDate lastHearing,
            @NonNull @Description("What happened at that hearing") String lastProceedings) {
    }

    @Name("DueBucket")
    @Description("When something is due, relative to today in Pakistan")
    public enum DueBucket {
        OVERDUE, THIS_WEEK, LATER, UNDATED
    }

    @Name("DueItem")
    @Description("A case on a desk or in a queue, with when its next step is due")
    public record DueItemType(
            @Name("case") @NonNull CaseOnListType theCase,
            @Description("The next hearing, or while the investigation is open the last day of the interim report under s.173(1) CrPC; null when no date is fixed") LocalDate dueOn,
            @Description("The court of the next hearing, when dueOn is one") String dueAt,
            @Description("The law that sets dueOn, when the law does; shown as information, never a refusal") String dueUnder,
            @NonNull DueBucket bucket) {
    }

    @Name("DueEdge")
    public record DueEdge(@NonNull String cursor, @NonNull DueItemType node) {
    }

    @Name("DueCounts")
    @Description("How many cases of the whole list (not only the page) fall due in each bucket")
    public record DueCounts(@NonNull int overdue, @NonNull int thisWeek, @NonNull int later, @NonNull int undated) {
    }

    @Name("DueConnection")
    @Description("A page of a desk or a queue, soonest due first")
    public record DueConnection(@NonNull List<@NonNull DueEdge> edges, @NonNull PageInfo pageInfo,
                                @NonNull DueCounts counts,
                                @NonNull @Description("The day the buckets are counted from: today in Pakistan") LocalDate today) {
    }

    static CaseOnListType of(CaseOnList c) {
        return new CaseOnListType(c.caseId(), c.firNumber(), c.registeredAt(), c.office(), c.registeredOn(), c.status(),
                c.stage().orElse(null), c.stage().map(CaseStage::due).orElse(null), title(c),
                c.accused().stream().map(a -> new AccusedOnListType(a.name(), a.custody())).toList(),
                c.victimPseudonyms());
    }

    /** "State vs A, B": the prosecution is the State's. */
    static String title(CaseOnList c) {
        return c.accused().isEmpty() ? "State vs unknown accused"
                : "State vs " + c.accused().stream().map(CaseOnList.AccusedOnList::name).collect(Collectors.joining(", "));
    }

    static CauseListType of(CauseList list) {
        return new CauseListType(list.court(), list.date(), CauseList.ORDER, list.entries().stream()
                .map(e -> new CauseListEntryType(e.serial(), of(e.theCase()), e.lastHearing(), e.lastProceedings()))
                .toList());
    }

    static DueItemType of(DueItem item) {
        return new DueItemType(of(item.theCase()), item.dueOn().orElse(null), item.dueAt().orElse(null),
                item.dueUnder().orElse(null), DueBucket.valueOf(item.bucket().name()));
    }

    static DueCounts of(DueItem.Counts counts) {
        return new DueCounts(Math.toIntExact(counts.overdue()), Math.toIntExact(counts.thisWeek()),
                Math.toIntExact(counts.later()), Math.toIntExact(counts.undated()));
    }
}
