package org.insaf.domain.casefile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.insaf.domain.casefile.BailApplication.Applicant;
import org.insaf.domain.casefile.BailApplication.Cancellation;
import org.insaf.domain.casefile.BailApplication.Decision;
import org.insaf.domain.casefile.BailApplication.Outcome;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.domain.casefile.CaseFixture.CATALOGUE;
import static org.insaf.domain.casefile.CaseFixture.PPC_369A;
import static org.insaf.domain.casefile.CaseFixture.OFFENCE;
import static org.insaf.domain.casefile.CaseFixture.TODAY;
import static org.insaf.domain.offence.FactsFixture.internalForcedLabourByFraud;

/**
 * Random sequences of bail, absconding, proclamation, arrest, charge sheets, verdicts and appeals
 * (filed, admitted, decided, sentences suspended), against
 * three accused: each command is either done or refused without effect, every accused is in exactly
 * one custody status reached by legal, dated moves, and the case is never in a state the law does
 * not know (decided or closed with an absconder's part open, or a charge against someone at large
 * filed while they were at large).
 */
class CustodyPropertiesTest {

    enum Kind { APPLY, GRANT, REFUSE, CANCEL, ABSCOND, PROCLAIM, ARREST, CHARGE_SHEET, SUPPLEMENTARY, OPEN_TRIAL,
        VERDICT, CLOSE, CONVICT, APPEAL, STATE_APPEAL, ADMIT, SUSPEND, DECIDE_APPEAL }

    record Command(Kind kind, int accused, int dayShift, boolean reasoned) {
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        Arbitrary<Command> command = Combinators.combine(
                // The trial's steps weigh more, so that many sequences reach judgments and appeals.
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(Kind.class)),
                        Tuple.of(1, Arbitraries.of(Kind.CHARGE_SHEET, Kind.OPEN_TRIAL, Kind.CONVICT, Kind.CONVICT,
                                Kind.VERDICT))),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-1, 40),
                Arbitraries.of(true, true, true, false)).as(Command::new);
        return command.list().ofMinSize(10).ofMaxSize(80);
    }

    @Property(tries = 800)
    void no_accused_in_two_custody_states_and_no_case_in_an_unknown_state(@ForAll("commands") List<Command> commands) {
        CaseFixture f = new CaseFixture().withParties();
        Case c = f.theCase;
        List<PersonId> accused = new ArrayList<>(List.of(f.accusedId));
        for (String name : List.of("Broker", "Driver")) {
            PersonId id = PersonId.random();
            c.addAccused(Trafficker.person(id, name, Set.of(), null), null, c.latestDate(), TODAY);
            accused.add(id);
        }
        c.startInvestigation(c.latestDate(), TODAY);
        for (Command command : commands) {
            CaseSnapshot before = c.snapshot();
            List<CaseEvent> eventsBefore = c.pendingEvents();
            PersonId who = accused.get(command.accused());
            boolean atLargeBefore = c.custodyOf(who).status().isAtLarge();
            LocalDate date = c.latestDate().plusDays(command.dayShift());
            try {
                apply(command, c, who, date);
                Statistics.label("done").collect(command.kind());
                if (command.kind() == Kind.CHARGE_SHEET || command.kind() == Kind.SUPPLEMENTARY) {
                    assertThat(atLargeBefore).as("a charge sheet charged %s while at large", who).isFalse();
                }
            } catch (InvariantViolation | InvalidValueException refused) {
                assertThat(c.snapshot()).as("a refused %s changes nothing", command).isEqualTo(before);
                assertThat(c.pendingEvents()).as("a refused %s records no event", command).isEqualTo(eventsBefore);
            }
            assertKnownState(c, accused);
        }
        Statistics.label("final status").collect(c.status());
    }

    private static void apply(Command command, Case c, PersonId who, LocalDate date) {
        switch (command.kind()) {
            case APPLY -> c.applyForBail(BailApplication.filed(BailApplicationId.random(), who, "Sessions Court", date,
                    Applicant.COUNSEL), TODAY);
            case GRANT, REFUSE -> pending(c, who).ifPresent(b -> c.decideBail(b.id(), new Decision(
                    command.kind() == Kind.GRANT ? Outcome.GRANTED : Outcome.REFUSED, date,
                    command.kind() == Kind.GRANT ? Rupees.of(100_000) : null, command.reasoned() ? "reasons" : null),
                    CATALOGUE, TODAY));
            case CANCEL -> c.bailApplications().stream().filter(b -> b.accused().equals(who) && b.isGranted())
                    .reduce((a, b) -> b).ifPresent(b -> c.cancelBail(b.id(), new Cancellation(date, "misuse"), TODAY));
            case ABSCOND -> c.declareAbsconding(who, date, TODAY);
            case PROCLAIM -> c.declareProclaimedOffender(who, c.custodyOf(who).since(), command.reasoned(),
                    date.plusDays(command.dayShift() < 20 ? 10 : 30), TODAY);
            case ARREST -> c.arrest(who, date, TODAY);
            case CHARGE_SHEET -> c.fileChargeSheet(List.of(charge(c, who)), CATALOGUE, date, TODAY);
            case SUPPLEMENTARY -> c.fileSupplementaryChargeSheet(List.of(charge(c, who)), CATALOGUE, date, TODAY);
            case OPEN_TRIAL -> c.openTrial(date, TODAY);
            case VERDICT -> {
                c.offences().stream().filter(o -> o.accused().equals(who) && !o.isDecided()).findFirst()
                        .ifPresent(o -> c.recordVerdict(o.id(), VerdictOutcome.ACQUITTED, date, TODAY));
                if (c.mayDecide().isAllowed() && c.status() == CaseStatus.ON_TRIAL) {
                    c.decide(c.latestDate(), TODAY);
                }
            }
            case CLOSE -> c.close(date, TODAY);
            case CONVICT -> c.offences().stream().filter(o -> o.accused().equals(who) && !o.isDecided()).findFirst()
                    .ifPresent(o -> {
                        c.recordVerdict(o.id(), VerdictOutcome.CONVICTED, date, TODAY);
                        c.recordSentence(o.id(), Sentence.imprisonment(date, Period.ofYears(5)), CATALOGUE, TODAY);
                    });
            case APPEAL, STATE_APPEAL -> c.fileAppeal(new Appeal.Filing(AppealId.random(), tried(c, who), Appeal.AppealKind.APPEAL,
                    command.kind() == Kind.APPEAL ? Appeal.Appellant.CONVICT : Appeal.Appellant.STATE,
                    command.kind() == Kind.APPEAL ? Appeal.AppealAgainst.CONVICTION : Appeal.AppealAgainst.ACQUITTAL,
                    command.reasoned() ? Appeal.AppellateForum.HIGH_COURT : Appeal.AppellateForum.SUPREME_COURT, date, "grounds"), TODAY);
            case ADMIT -> latestAppeal(c, who).ifPresent(a -> c.orderAdmission(a.id(),
                    new Appeal.Admission(command.reasoned(), date, "no ground"), TODAY));
            case SUSPEND -> latestAppeal(c, who).ifPresent(a -> c.suspendSentence(a.id(), date, TODAY));
            case DECIDE_APPEAL -> latestAppeal(c, who).ifPresent(a -> {
                Appeal.AppealOutcome outcome = Appeal.AppealOutcome.values()[Math.floorMod(command.dayShift(), 6)];
                boolean sentences = outcome == Appeal.AppealOutcome.SENTENCE_REDUCED || outcome == Appeal.AppealOutcome.SENTENCE_ENHANCED
                        || outcome == Appeal.AppealOutcome.CONVICTED_ON_APPEAL;
                List<Appeal.AppellateSentence> passed = sentences ? c.offences().stream()
                        .filter(o -> o.accused().equals(who)).limit(1)
                        .map(o -> new Appeal.AppellateSentence(o.id(), Sentence.imprisonment(date,
                                Period.ofYears(outcome == Appeal.AppealOutcome.SENTENCE_REDUCED ? 5 : 6)))).toList() : List.of();
                c.decideAppeal(a.id(), new Appeal.Decision(outcome, date, passed), CATALOGUE, TODAY);
            });
        }
    }

    /** The accused's latest appeal, or the case's latest if they have none, so that appeals are often acted on. */
    private static java.util.Optional<Appeal> latestAppeal(Case c, PersonId who) {
        return c.appeals().stream().filter(a -> a.accused().equals(who)).reduce((a, b) -> b)
                .or(() -> c.appeals().stream().reduce((a, b) -> b));
    }

    /** An accused judged on every charge, if any, so that many appeals are filed; else the one drawn. */
    private static PersonId tried(Case c, PersonId drawn) {
        return c.offences().stream().map(Offence::accused).distinct()
                .filter(a -> c.offences().stream().filter(o -> o.accused().equals(a)).allMatch(Offence::isDecided))
                .findFirst().orElse(drawn);
    }

    /** A custody move an appeal makes: released on bail pending it (s.426), or released when acquitted on it. */
    private static boolean byAppeal(Case c, PersonId who, CustodyChange to) {
        return c.appeals().stream().filter(a -> a.accused().equals(who)).anyMatch(a ->
                to.status() == CustodyStatus.ON_BAIL && to.since().equals(a.sentenceSuspendedOn())
                        || to.status() == CustodyStatus.NOT_ARRESTED && a.decided().filter(d -> d.on().equals(to.since())
                        && d.outcome() == Appeal.AppealOutcome.ACQUITTED_ON_APPEAL).isPresent());
    }

    private static java.util.Optional<BailApplication> pending(Case c, PersonId who) {
        return c.bailApplications().stream().filter(b -> b.accused().equals(who) && b.isPending()).findFirst();
    }

    private static Charge charge(Case c, PersonId who) {
        return new Charge(OffenceId.random(), who, PPC_369A, Set.of(c.victims().get(0).id()),
                internalForcedLabourByFraud(OFFENCE));
    }

    private static void assertKnownState(Case c, List<PersonId> accused) {
        for (PersonId who : accused) {
            List<CustodyChange> history = c.custodyHistory(who);
            for (int i = 1; i < history.size(); i++) {
                CustodyChange from = history.get(i - 1);
                CustodyChange to = history.get(i);
                assertThat(from.status().canMoveTo(to.status()) || byAppeal(c, who, to)).as("%s -> %s", from, to).isTrue();
                assertThat(to.since()).isAfterOrEqualTo(from.since());
            }
            assertThat(c.custodyOf(who)).isEqualTo(history.get(history.size() - 1));
            assertThat(c.bailApplications().stream().filter(b -> b.accused().equals(who) && b.isPending()).count())
                    .isLessThanOrEqualTo(1);
            boolean onBailByGrant = c.bailApplications().stream().filter(b -> b.accused().equals(who) && b.isGranted())
                    .reduce((a, b) -> b).map(b -> b.cancelled().isEmpty()).orElse(false);
            boolean onBailPendingAppeal = c.appeals().stream().anyMatch(a -> a.accused().equals(who)
                    && a.sentenceSuspendedOn() != null && (a.isPending() || a.decided()
                    .filter(d -> d.outcome() == Appeal.AppealOutcome.RETRIAL_ORDERED).isPresent()));
            if (c.custodyOf(who).status() == CustodyStatus.ON_BAIL) {
                assertThat(onBailByGrant || onBailPendingAppeal)
                        .as("on bail only by a grant not cancelled, or pending an appeal (s.426 CrPC)").isTrue();
            }
            for (Appeal.AppellateForum forum : Appeal.AppellateForum.values()) {
                assertThat(c.appeals().stream().filter(a -> a.accused().equals(who) && a.forum() == forum
                        && a.isPending()).count()).as("one pending appeal per accused and court").isLessThanOrEqualTo(1);
            }
        }
        assertThat(c.appeals()).allMatch(a -> a.decision() == null || a.admission().admitted());
        if (c.status() == CaseStatus.CLOSED) {
            assertThat(c.appeals()).noneMatch(Appeal::isPending);
        }
        if (c.status() == CaseStatus.DECIDED || c.status() == CaseStatus.CLOSED) {
            assertThat(c.offences()).allMatch(Offence::isDecided);
            assertThat(accused).noneMatch(a -> c.custodyOf(a).status().isAtLarge());
        }
        if (c.status() == CaseStatus.REGISTERED || c.status() == CaseStatus.UNDER_INVESTIGATION) {
            assertThat(c.offences()).isEmpty();
        }
        long charged = c.offences().stream().map(Offence::accused).distinct().count();
        assertThat(c.offences().stream().map(Offence::accused).filter(a -> c.offences().stream()
                .filter(o -> o.accused().equals(a)).map(o -> c.chargedBySupplementarySheetOn(o.id())).distinct()
                .count() > 1)).as("an accused is charged by one sheet").isEmpty();
        assertThat(charged).isLessThanOrEqualTo(accused.size());
    }
}
