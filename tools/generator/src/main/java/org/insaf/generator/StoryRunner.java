package org.insaf.generator;

import org.insaf.application.port.in.ApplyForBailUseCase;
import org.insaf.application.port.in.DecideAppealUseCase;
import org.insaf.application.port.in.FileAppealUseCase;
import org.insaf.application.port.in.OrderAppealAdmissionUseCase;
import org.insaf.application.port.in.SuspendSentenceUseCase;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.application.port.in.RecordPersonParticularsUseCase;
import org.insaf.application.port.in.ArrestAccusedUseCase;
import org.insaf.application.port.in.CancelBailUseCase;
import org.insaf.application.port.in.DeclareAbscondingUseCase;
import org.insaf.application.port.in.DeclareProclaimedOffenderUseCase;
import org.insaf.application.port.in.DecideBailUseCase;
import org.insaf.application.port.in.FileSupplementaryChargeSheetUseCase;
import org.insaf.domain.casefile.BailApplicationId;
import org.insaf.generator.CaseStory.Abscond;
import org.insaf.generator.CaseStory.ApplyForBail;
import org.insaf.generator.CaseStory.Arrest;
import org.insaf.generator.CaseStory.CancelBail;
import org.insaf.generator.CaseStory.DecideBail;
import org.insaf.generator.CaseStory.FileSupplementaryCharges;
import org.insaf.generator.CaseStory.Proclaim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.Conflict;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.MakeSentencingOrderUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.generator.CaseStory.AddAccused;
import org.insaf.generator.CaseStory.AddVictim;
import org.insaf.generator.CaseStory.Assign;
import org.insaf.generator.CaseStory.AssignLead;
import org.insaf.generator.CaseStory.CloseCase;
import org.insaf.generator.CaseStory.CloseInvestigation;
import org.insaf.generator.CaseStory.FileCharges;
import org.insaf.generator.CaseStory.OpenTrial;
import org.insaf.generator.CaseStory.RecordFacts;
import org.insaf.generator.CaseStory.RecordHearing;
import org.insaf.generator.CaseStory.MakeSentencingOrder;
import org.insaf.generator.CaseStory.RecordSentence;
import org.insaf.generator.CaseStory.RecordVerdict;
import org.insaf.generator.CaseStory.Register;
import org.insaf.generator.CaseStory.StartInvestigation;
import org.insaf.generator.CaseStory.Transfer;
import org.insaf.generator.CaseStory.Step;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.PersonId;

import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.Compensation;
import org.insaf.domain.sentencing.SentencingOrder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plays a planned story through the application's use cases, as the people of the case would:
 * the circle's investigator registers and investigates, the admin assigns, the prosecutor charges,
 * the judge tries and closes. The whole story is one transaction: a refusal anywhere leaves
 * nothing of the case behind. Each command still passes every access rule and domain policy, and
 * writes its own audit entry.
 */
@ApplicationScoped
class StoryRunner {

    private final RegisterCaseUseCase register;
    private final StartInvestigationUseCase startInvestigation;
    private final AddVictimUseCase addVictim;
    private final AddAccusedUseCase addAccused;
    private final RecordFactsUseCase recordFacts;
    private final CloseInvestigationUseCase closeInvestigation;
    private final AssignCaseUseCase assign;
    private final FileChargeSheetUseCase fileChargeSheet;
    private final OpenTrialUseCase openTrial;
    private final RecordHearingUseCase recordHearing;
    private final RecordVerdictUseCase recordVerdict;
    private final RecordSentenceUseCase recordSentence;
    private final CloseCaseUseCase closeCase;
    private final MakeSentencingOrderUseCase makeSentencingOrder;
    private final TransferCaseUseCase transfer;
    @Inject
    RecordPersonParticularsUseCase recordParticulars;
    @Inject
    FileAppealUseCase fileAppeal;
    @Inject
    OrderAppealAdmissionUseCase orderAppealAdmission;
    @Inject
    DecideAppealUseCase decideAppeal;
    @Inject
    SuspendSentenceUseCase suspendSentence;
    private final Custody custody;

    /** The custody, bail and supplementary charge sheet use cases (issue 17 items 2 and 3). */
    record Custody(ArrestAccusedUseCase arrest, DeclareAbscondingUseCase abscond,
                   DeclareProclaimedOffenderUseCase proclaim, ApplyForBailUseCase applyForBail,
                   DecideBailUseCase decideBail, CancelBailUseCase cancelBail,
                   FileSupplementaryChargeSheetUseCase fileSupplementaryChargeSheet) {
    }

    StoryRunner(RegisterCaseUseCase register, StartInvestigationUseCase startInvestigation, AddVictimUseCase addVictim,
                AddAccusedUseCase addAccused, RecordFactsUseCase recordFacts,
                CloseInvestigationUseCase closeInvestigation, AssignCaseUseCase assign,
                FileChargeSheetUseCase fileChargeSheet, OpenTrialUseCase openTrial, RecordHearingUseCase recordHearing,
                RecordVerdictUseCase recordVerdict, RecordSentenceUseCase recordSentence, CloseCaseUseCase closeCase,
                MakeSentencingOrderUseCase makeSentencingOrder, TransferCaseUseCase transfer,
                ArrestAccusedUseCase arrest, DeclareAbscondingUseCase abscond, DeclareProclaimedOffenderUseCase proclaim,
                ApplyForBailUseCase applyForBail, DecideBailUseCase decideBail, CancelBailUseCase cancelBail,
                FileSupplementaryChargeSheetUseCase fileSupplementaryChargeSheet) {
        this.register = register;
        this.startInvestigation = startInvestigation;
        this.addVictim = addVictim;
        this.addAccused = addAccused;
        this.recordFacts = recordFacts;
        this.closeInvestigation = closeInvestigation;
        this.assign = assign;
        this.fileChargeSheet = fileChargeSheet;
        this.openTrial = openTrial;
        this.recordHearing = recordHearing;
        this.recordVerdict = recordVerdict;
        this.recordSentence = recordSentence;
        this.closeCase = closeCase;
        this.makeSentencingOrder = makeSentencingOrder;
        this.transfer = transfer;
        this.custody = new Custody(arrest, abscond, proclaim, applyForBail, decideBail, cancelBail,
                fileSupplementaryChargeSheet);
    }

    /**
     * Runs the story; returns the case as its last command left it.
     *
     * @param oneTransaction true: the whole story in one transaction (a refusal leaves nothing of the
     *                       case); false: each command in its own, as the API runs them, which keeps the
     *                       audit log's append lock short so that several stories can run at once
     */
    CaseView run(CaseStory story, boolean oneTransaction) {
        return oneTransaction ? QuarkusTransaction.requiringNew().call(() -> play(story)) : play(story);
    }

    private CaseView play(CaseStory story) {
        Offices.Circle circle = Offices.circle(story.office());
        Offices.Circle holding = circle;
        Actor investigator = circle.investigator();
        Actor judge = circle.judge();
        CaseView view = null;
        List<PersonId> victims = new ArrayList<>();
        List<PersonId> accused = new ArrayList<>();
        List<OffenceId> charges = new ArrayList<>();
        for (Step step : story.steps()) {
            try {
                if (step instanceof Register r) {
                    view = register.registerCase(new RegisterCaseUseCase.Command(investigator, new FirNumber(r.firNumber()),
                            circle.investigatingOffice(), r.registeredOn(), r.sections(), List.of()));
                } else if (step instanceof AddVictim v) {
                    view = addVictim.addVictim(new AddVictimUseCase.Command(investigator, view.id(), version(view),
                            v.identity(), v.details()));
                    victims.add(view.victims().get(view.victims().size() - 1).id());
                } else if (step instanceof AddAccused a) {
                    view = addAccused.addAccused(new AddAccusedUseCase.Command(investigator, view.id(), version(view),
                            a.accused(), a.nonPunishmentJustification()));
                    accused.add(a.accused().id());
                } else if (step instanceof CaseStory.RecordParticulars p) {
                    recordParticulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, view.id(),
                            accused.get(p.accused()), p.particulars()));
                } else if (step instanceof StartInvestigation s) {
                    view = startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator,
                            view.id(), version(view), s.startedOn()));
                } else if (step instanceof RecordFacts f) {
                    view = recordFacts.recordFacts(new RecordFactsUseCase.Command(investigator, view.id(), version(view),
                            f.facts()));
                } else if (step instanceof CloseInvestigation c) {
                    view = closeInvestigation.closeInvestigation(new CloseInvestigationUseCase.Command(investigator,
                            view.id(), version(view), c.reason(), c.closedOn()));
                } else if (step instanceof Transfer t) {
                    holding = Offices.circle(t.office());
                    view = transfer.transferCase(new TransferCaseUseCase.Command(Offices.ADMIN, view.id(), version(view),
                            holding.investigatingOffice(), t.reason(), t.on()));
                    investigator = holding.investigator();
                } else if (step instanceof AssignLead) {
                    view = assign.assignCase(new AssignCaseUseCase.Command(Offices.ADMIN, view.id(), version(view),
                            Optional.of(holding.investigator().userId()), Optional.empty(), Optional.empty(),
                            Optional.empty()));
                } else if (step instanceof Assign) {
                    view = assign.assignCase(new AssignCaseUseCase.Command(Offices.ADMIN, view.id(), version(view),
                            Optional.empty(), Optional.of(circle.prosecutor().userId()), Optional.of(circle.court()),
                            Optional.of(judge.userId())));
                } else if (step instanceof FileCharges f) {
                    List<ChargeRequest> requests = f.charges().stream().map(c -> new ChargeRequest(accused.get(c.accused()),
                            c.statute(), victimsOf(c.victims(), victims), Optional.empty())).toList();
                    view = fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(circle.prosecutor(),
                            view.id(), version(view), requests, f.filedOn()));
                    view.offences().forEach(o -> charges.add(o.id()));
                } else if (step instanceof OpenTrial o) {
                    view = openTrial.openTrial(new OpenTrialUseCase.Command(judge, view.id(), version(view), o.openedOn()));
                } else if (step instanceof RecordHearing h) {
                    view = recordHearing.recordHearing(new RecordHearingUseCase.Command(judge, view.id(), version(view),
                            h.hearing()));
                } else if (step instanceof RecordVerdict v) {
                    view = recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, view.id(), version(view),
                            charges.get(v.charge()), v.outcome(), v.givenOn(), v.onGuiltyPlea(), Optional.empty(),
                            v.accusedDiedOn()));
                } else if (step instanceof RecordSentence s) {
                    view = recordSentence.recordSentence(new RecordSentenceUseCase.Command(judge, view.id(), version(view),
                            charges.get(s.charge()), s.sentence()));
                } else if (step instanceof MakeSentencingOrder o) {
                    SentencingOrder order = new SentencingOrder(accused.get(o.accused()), o.pronouncedOn(),
                            o.directions().stream().map(d -> new ChargeDirection(charges.get(d.charge()), d.run(),
                                    d.description(), d.inDefaultOfFine())).toList(), o.custodyCreditDays(),
                            o.compensation().stream().map(c -> new Compensation(victims.get(c.victim()), c.amount(),
                                    c.under())).toList());
                    view = makeSentencingOrder.makeSentencingOrder(new MakeSentencingOrderUseCase.Command(judge, view.id(),
                            version(view), order));
                } else if (step instanceof CloseCase c) {
                    view = closeCase.closeCase(new CloseCaseUseCase.Command(judge, view.id(), version(view), c.closedOn()));
                } else if (step instanceof FileSupplementaryCharges f) {
                    List<ChargeRequest> requests = f.charges().stream().map(c -> new ChargeRequest(accused.get(c.accused()),
                            c.statute(), victimsOf(c.victims(), victims), Optional.empty())).toList();
                    view = custody.fileSupplementaryChargeSheet().fileSupplementaryChargeSheet(
                            new FileSupplementaryChargeSheetUseCase.Command(circle.prosecutor(), view.id(), version(view),
                                    requests, f.filedOn()));
                    charges.clear();
                    view.offences().forEach(o -> charges.add(o.id()));
                } else if (step instanceof Arrest a) {
                    view = custody.arrest().arrestAccused(new ArrestAccusedUseCase.Command(investigator, view.id(),
                            version(view), accused.get(a.accused()), a.on()));
                } else if (step instanceof Abscond a) {
                    view = custody.abscond().declareAbsconding(new DeclareAbscondingUseCase.Command(investigator,
                            view.id(), version(view), accused.get(a.accused()), a.on()));
                } else if (step instanceof Proclaim p) {
                    view = custody.proclaim().declareProclaimedOffender(new DeclareProclaimedOffenderUseCase.Command(
                            judge, view.id(), version(view), accused.get(p.accused()), p.publishedOn(),
                            p.propertyAttached(), p.on()));
                } else if (step instanceof ApplyForBail b) {
                    view = custody.applyForBail().applyForBail(new ApplyForBailUseCase.Command(judge, view.id(),
                            version(view), accused.get(b.accused()), circle.court(), b.on(), b.appliedBy()));
                } else if (step instanceof DecideBail b) {
                    view = custody.decideBail().decideBail(new DecideBailUseCase.Command(judge, view.id(), version(view),
                            latestApplication(view, accused.get(b.accused())), b.outcome(), b.on(),
                            Optional.ofNullable(b.suretyPkr()), Optional.of(b.reason())));
                } else if (step instanceof CancelBail b) {
                    view = custody.cancelBail().cancelBail(new CancelBailUseCase.Command(judge, view.id(), version(view),
                            latestApplication(view, accused.get(b.accused())), b.on(), b.reason()));
                } else if (step instanceof CaseStory.FileAppeal a) {
                    // The State's appeal is the prosecutor's; the convict's is recorded by the judge (docs/authorization.md).
                    Actor by = a.appellant() == Appeal.Appellant.STATE ? circle.prosecutor() : judge;
                    view = fileAppeal.fileAppeal(new FileAppealUseCase.Command(by, view.id(), version(view),
                            accused.get(a.accused()), a.kind(), a.appellant(), a.against(),
                            a.forum(), a.filedOn(), a.grounds()));
                } else if (step instanceof CaseStory.SuspendSentence u) {
                    view = suspendSentence.suspendSentence(new SuspendSentenceUseCase.Command(judge, view.id(), version(view),
                            earliestAppeal(view, accused.get(u.accused()),
                                    a -> a.isPending() && a.appellant() == Appeal.Appellant.CONVICT), u.on()));
                } else if (step instanceof CaseStory.OrderAppealAdmission o) {
                    view = orderAppealAdmission.orderAppealAdmission(new OrderAppealAdmissionUseCase.Command(judge,
                            view.id(), version(view), earliestAppeal(view, accused.get(o.accused()), a -> a.admission() == null),
                            o.admitted(), o.on(),
                            Optional.ofNullable(o.reason())));
                } else if (step instanceof CaseStory.DecideAppeal d) {
                    List<Appeal.AppellateSentence> passed = d.sentences().stream()
                            .map(p -> new Appeal.AppellateSentence(charges.get(p.charge()), p.sentence())).toList();
                    view = decideAppeal.decideAppeal(new DecideAppealUseCase.Command(judge, view.id(), version(view),
                            earliestAppeal(view, accused.get(d.accused()), a -> a.isPending() && a.admission() != null),
                            d.outcome(), d.on(), passed));
                } else {
                    throw new IllegalStateException("no command for " + step);
                }
            } catch (RuntimeException refused) {
                throw new StoryRefused(story, step, refused);
            }
        }
        return view;
    }

    /** The version this story last saw: a change by anyone else meanwhile would be refused, not overwritten. */
    private static Optional<Long> version(CaseView view) {
        return Optional.of(view.version());
    }

    /** The accused's first appeal, in the order filed, that awaits the order: connected appeals are heard in that order. */
    private static AppealId earliestAppeal(CaseView view, PersonId accused, java.util.function.Predicate<Appeal> awaiting) {
        return view.proceedings().appeals().stream().filter(a -> a.accused().equals(accused) && awaiting.test(a))
                .findFirst().orElseThrow(() -> new IllegalStateException("no appeal of " + accused + " awaits the order"))
                .id();
    }

    private static BailApplicationId latestApplication(CaseView view, PersonId accused) {
        return latestOf(view.proceedings().bail(), BailApplication::accused, accused).id();
    }

    /** The accused's last entry of a list kept in the order recorded. */
    private static <T> T latestOf(List<T> recorded, java.util.function.Function<T, PersonId> accusedOf, PersonId accused) {
        return recorded.stream().filter(e -> accusedOf.apply(e).equals(accused)).reduce((first, second) -> second)
                .orElseThrow();
    }

    private static Set<PersonId> victimsOf(List<Integer> positions, List<PersonId> victims) {
        Set<PersonId> ids = new LinkedHashSet<>();
        positions.forEach(p -> ids.add(victims.get(p)));
        return ids;
    }

    /**
     * A command of a generated story failed: refused by the domain or the access rules (the generator
     * planned something the law does not allow: a bug) or, say, the database went away.
     */
    static final class StoryRefused extends RuntimeException {
        private final boolean alreadyRegistered;

        StoryRefused(CaseStory story, Step step, RuntimeException cause) {
            super("case " + (story.index() + 1) + " (" + story.scenario() + ", " + story.office() + "): the step "
                    + step.getClass().getSimpleName() + " failed: " + cause.getMessage(), cause);
            this.alreadyRegistered = step instanceof Register && cause instanceof Conflict;
        }

        /** The FIR of the case is taken: an earlier run with the same seed and prefix stored it. */
        boolean alreadyRegistered() {
            return alreadyRegistered;
        }
    }
}
