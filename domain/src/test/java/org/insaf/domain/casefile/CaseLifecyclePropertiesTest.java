package org.insaf.domain.casefile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.StatusEntered;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.insaf.domain.casefile.CaseFixture.CATALOGUE;
import static org.insaf.domain.casefile.CaseFixture.TODAY;

/**
 * Any sequence of commands either moves the case along a legal path or is refused, changes
 * nothing when refused, and never leaves the case in a state the law does not know.
 */
class CaseLifecyclePropertiesTest {

    enum Kind { START, CLOSE_INVESTIGATION, FILE, OPEN_TRIAL, HEARING, VERDICT, SENTENCE, DECIDE, CLOSE, PLEA, WITHDRAW,
        COMPOUND, ABATE }

    /** A command and how many days after the latest recorded date it is dated (negative: backwards). */
    record Command(Kind kind, int dayShift, VerdictOutcome outcome, int sentenceYears) {
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        // weighted so that many paths get as far as DECIDED and CLOSED, while every command still occurs
        Arbitrary<Kind> kind = Arbitraries.frequency(
                Tuple.of(3, Kind.START), Tuple.of(1, Kind.CLOSE_INVESTIGATION), Tuple.of(3, Kind.FILE),
                Tuple.of(3, Kind.OPEN_TRIAL), Tuple.of(2, Kind.HEARING), Tuple.of(4, Kind.VERDICT),
                Tuple.of(4, Kind.SENTENCE), Tuple.of(3, Kind.DECIDE), Tuple.of(3, Kind.CLOSE), Tuple.of(1, Kind.PLEA),
                Tuple.of(1, Kind.WITHDRAW), Tuple.of(1, Kind.COMPOUND), Tuple.of(1, Kind.ABATE));
        Arbitrary<Command> command = Combinators.combine(
                kind,
                Arbitraries.integers().between(-2, 30),
                Arbitraries.of(VerdictOutcome.class),
                Arbitraries.integers().between(4, 8)).as(Command::new);
        return command.list().ofMinSize(20).ofMaxSize(60);
    }

    @Property(tries = 500)
    void commands_follow_legal_paths_or_are_refused_without_effect(@ForAll("commands") List<Command> commands) {
        CaseFixture f = new CaseFixture().withParties();
        Case c = f.theCase;
        for (Command command : commands) {
            CaseSnapshot before = c.snapshot();
            List<CaseEvent> eventsBefore = c.pendingEvents();
            CaseStatus from = c.status();
            LocalDate date = c.latestDate().plusDays(command.dayShift());
            boolean expectedMove = expectedToSucceed(command, c, date);
            try {
                apply(command, f, date);
            } catch (InvariantViolation | InvalidValueException refused) {
                assertThat(c.snapshot()).as("a refused %s changes nothing", command).isEqualTo(before);
                assertThat(c.pendingEvents()).as("a refused %s records no event", command).isEqualTo(eventsBefore);
                assertThat(expectedMove).as("%s from %s on %s was refused: %s", command, from, date,
                        refused.getMessage()).isFalse();
                continue;
            }
            if (c.status() != from) {
                assertThat(from.canMoveTo(c.status())).as("%s -> %s", from, c.status()).isTrue();
            }
            if (isMove(command.kind())) {
                assertThat(expectedMove).as("%s from %s on %s succeeded", command, from, date).isTrue();
            }
            assertKnownState(c);
        }
        // shows in the report how far the generated paths get, so a weak generator is visible
        Statistics.collect(c.status());
    }

    @Property(tries = 500)
    void the_pending_events_replayed_in_order_tell_the_same_status_history(@ForAll("commands") List<Command> commands) {
        CaseFixture f = new CaseFixture().withParties();
        Case c = f.theCase;
        for (Command command : commands) {
            try {
                apply(command, f, c.latestDate().plusDays(command.dayShift()));
            } catch (InvariantViolation | InvalidValueException refused) {
                // refused commands are part of the sequence: they must leave no trace in the events
            }
        }
        Map<CaseStatus, LocalDate> replayed = new EnumMap<>(CaseStatus.class);
        CaseStatus current = null;
        int successes = 0;
        for (CaseEvent event : c.pendingEvents()) {
            assertThat(event.caseId()).isEqualTo(c.id());
            if (event instanceof StatusEntered entered) {
                assertThat(current == null ? entered.status() == CaseStatus.REGISTERED : current.canMoveTo(entered.status()))
                        .as("%s after %s", entered.status(), current).isTrue();
                assertThat(replayed.put(entered.status(), entered.on())).as("%s entered twice", entered.status()).isNull();
                current = entered.status();
            }
            successes++;
        }
        Map<CaseStatus, LocalDate> recorded = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            c.enteredOn(s).ifPresent(date -> recorded.put(s, date));
        }
        assertThat(replayed).isEqualTo(recorded);
        assertThat(current).isEqualTo(c.status());
        // the dates along the events never run backwards, like the case's own business dates
        assertThat(c.pendingEvents()).extracting(CaseEvent::on).isSorted();
        assertThat(c.pendingEvents().get(c.pendingEvents().size() - 1).on()).isEqualTo(c.latestDate());
        Statistics.collect(successes > 3 ? "steps beyond the parties" : "parties only");
    }

    private static boolean isMove(Kind kind) {
        return EnumSet.of(Kind.START, Kind.CLOSE_INVESTIGATION, Kind.FILE, Kind.OPEN_TRIAL, Kind.DECIDE, Kind.CLOSE)
                .contains(kind);
    }

    /** The model of the law for status moves; other commands are only checked for having no effect when refused. */
    private static boolean expectedToSucceed(Command command, Case c, LocalDate date) {
        boolean dateOk = !date.isBefore(c.latestDate());
        CaseStatus s = c.status();
        return switch (command.kind()) {
            case START -> dateOk && s == CaseStatus.REGISTERED;
            case CLOSE_INVESTIGATION -> dateOk && s == CaseStatus.UNDER_INVESTIGATION;
            case FILE -> dateOk && s == CaseStatus.UNDER_INVESTIGATION;
            case OPEN_TRIAL -> dateOk && s == CaseStatus.CHARGE_SHEET_FILED;
            case DECIDE -> dateOk && (s == CaseStatus.ON_TRIAL || s == CaseStatus.CHARGE_SHEET_FILED) && c.offences().stream()
                    .allMatch(o -> o.isDecided() && (!o.isConvicted() || o.sentencePassed().isPresent()));
            case CLOSE -> dateOk && s == CaseStatus.DECIDED;
            default -> false;
        };
    }

    private static void apply(Command command, CaseFixture f, LocalDate date) {
        Case c = f.theCase;
        switch (command.kind()) {
            case START -> c.startInvestigation(date, TODAY);
            case CLOSE_INVESTIGATION -> c.closeInvestigation("no evidence", date, TODAY);
            case FILE -> c.fileChargeSheet(List.of(f.validCharge()), CATALOGUE, date, TODAY);
            case OPEN_TRIAL -> c.openTrial(date, TODAY);
            case HEARING -> c.recordHearing(new Hearing(date, "Sessions Court", "adjourned", null), TODAY);
            case VERDICT -> c.recordVerdict(f.offenceId, command.outcome(), date, TODAY);
            case SENTENCE -> c.recordSentence(f.offenceId,
                    Sentence.imprisonment(date, Period.ofYears(command.sentenceYears())).withFine(Rupees.of(600_000)),
                    CATALOGUE, TODAY);
            case DECIDE -> c.decide(date, TODAY);
            case CLOSE -> c.close(date, TODAY);
            case PLEA -> c.convictOnGuiltyPlea(f.offenceId, date, TODAY);
            case WITHDRAW -> c.withdrawFromProsecution(f.offenceId, date, TODAY);
            // PPC-369A is not compoundable: always refused
            case COMPOUND -> c.compound(f.offenceId, f.victimId, CATALOGUE, date, TODAY);
            case ABATE -> c.abate(f.accusedId, date, date, TODAY);
        }
    }

    private static void assertKnownState(Case c) {
        CaseStatus status = c.status();
        assertThat(c.enteredOn(status)).isPresent();
        assertThat(c.enteredOn(CaseStatus.REGISTERED)).isPresent();
        // the dates of the statuses passed through never run backwards along the path
        LocalDate previous = LocalDate.MIN;
        for (CaseStatus s : List.of(CaseStatus.REGISTERED, CaseStatus.UNDER_INVESTIGATION, CaseStatus.CHARGE_SHEET_FILED,
                CaseStatus.ON_TRIAL, CaseStatus.DECIDED, CaseStatus.CLOSED)) {
            LocalDate entered = c.enteredOn(s).orElse(null);
            if (entered != null) {
                assertThat(entered).isAfterOrEqualTo(previous);
                previous = entered;
            }
        }
        assertThat(c.latestDate()).isBeforeOrEqualTo(TODAY);
        switch (status) {
            case REGISTERED, UNDER_INVESTIGATION, INVESTIGATION_CLOSED -> {
                assertThat(c.offences()).isEmpty();
                assertThat(c.hearings()).isEmpty();
            }
            case CHARGE_SHEET_FILED -> {
                // before the charge is framed a charge can only end without a finding on it
                assertThat(c.offences()).isNotEmpty().noneMatch(o -> o.isDecided()
                        && (o.verdict().outcome() == VerdictOutcome.CONVICTED || o.verdict().outcome() == VerdictOutcome.ACQUITTED
                        || o.verdict().effect() == org.insaf.domain.offence.VerdictEffect.ACQUITTAL));
                assertThat(c.hearings()).isEmpty();
            }
            case ON_TRIAL -> assertThat(c.offences()).isNotEmpty();
            case DECIDED, CLOSED -> assertThat(c.offences()).isNotEmpty().allMatch(Offence::isDecided);
            default -> fail("unknown status " + status);
        }
        assertThat(c.offences()).allMatch(o -> o.sentencePassed().isEmpty() || o.isConvicted());
        assertThat(c.offences()).noneMatch(o -> o.isDecided() && o.verdict().outcome() == VerdictOutcome.COMPOUNDED);
        assertThat(c.investigationClosedReason().isPresent())
                .isEqualTo(status == CaseStatus.INVESTIGATION_CLOSED);
    }
}
