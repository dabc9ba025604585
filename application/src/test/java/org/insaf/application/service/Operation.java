package org.insaf.application.service;

import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.ApplyForBailUseCase;
import org.insaf.application.port.in.DecideAppealUseCase;
import org.insaf.application.port.in.FileAppealUseCase;
import org.insaf.application.port.in.OrderAppealAdmissionUseCase;
import org.insaf.application.port.in.SuspendSentenceUseCase;
import org.insaf.domain.casefile.Appeal;
import org.insaf.application.port.in.ArrestAccusedUseCase;
import org.insaf.application.port.in.CancelBailUseCase;
import org.insaf.application.port.in.DeclareAbscondingUseCase;
import org.insaf.application.port.in.DeclareProclaimedOffenderUseCase;
import org.insaf.application.port.in.DecideBailUseCase;
import org.insaf.application.port.in.FileSupplementaryChargeSheetUseCase;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeAdviceQuery;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.MakeSentencingOrderUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.ReadVictimIdentityUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.application.service.CaseStory.Stage;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.insaf.application.service.CaseStory.*;

/**
 * Every use case on one case, with a command that succeeds for the right person at the right
 * stage of the {@link CaseStory}; who that person is, is {@link #who}.
 */
enum Operation {

    START_INVESTIGATION(Who.INVESTIGATORS, Stage.REGISTERED, AuditAction.START_INVESTIGATION) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.investigation.startInvestigation(new StartInvestigationUseCase.Command(a, s.id(), v, INVESTIGATING));
        }
    },
    ADD_VICTIM(Who.INVESTIGATORS, Stage.INVESTIGATING, AuditAction.ADD_VICTIM) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.investigation.addVictim(new AddVictimUseCase.Command(a, s.id(), v,
                    new VictimIdentity("Second victim", null, null, null), childDetails()));
        }
    },
    ADD_ACCUSED(Who.INVESTIGATORS, Stage.PEOPLE, AuditAction.ADD_ACCUSED) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.investigation.addAccused(new AddAccusedUseCase.Command(a, s.id(), v,
                    Trafficker.person(PersonId.random(), "Sub-agent", Set.of(TraffickerRole.SUB_AGENT_OF_LICENSED_OEP),
                            CountryCode.PAKISTAN), Optional.empty()));
        }
    },
    RECORD_FACTS(Who.INVESTIGATORS, Stage.PEOPLE, AuditAction.RECORD_FACTS) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.investigation.recordFacts(new RecordFactsUseCase.Command(a, s.id(), v, gulfRoute(OFFENCE)));
        }
    },
    CLOSE_INVESTIGATION(Who.INVESTIGATORS, Stage.INVESTIGATING, AuditAction.CLOSE_INVESTIGATION) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.investigation.closeInvestigation(new CloseInvestigationUseCase.Command(a, s.id(), v,
                    "no evidence beyond the complaint", CHARGED));
        }
    },
    ASSIGN_CASE(Who.ADMINS, Stage.REGISTERED, AuditAction.ASSIGN_CASE) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.assignment.assignCase(new AssignCaseUseCase.Command(a, s.id(), v, Optional.empty(),
                    Optional.empty(), Optional.of("Sessions Court Kasur"), Optional.empty()));
        }
    },
    TRANSFER_CASE(Who.ADMINS, Stage.REGISTERED, AuditAction.TRANSFER_CASE) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.transfers.transferCase(new TransferCaseUseCase.Command(a, s.id(), v,
                    InvestigatingOffice.of(new FiaCircle(Actors.KARACHI)), "ordered by the Director General",
                    CaseStory.REGISTERED));
        }
    },
    FILE_CHARGE_SHEET(Who.PROSECUTOR, Stage.FACTS, AuditAction.FILE_CHARGE_SHEET) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.prosecution.fileChargeSheet(new FileChargeSheetUseCase.Command(a, s.id(), v,
                    List.of(new ChargeRequest(s.recruiter, PACHTO, Set.of(s.childId()), Optional.empty())), CHARGED));
        }
    },
    OPEN_TRIAL(Who.JUDGE, Stage.CHARGED, AuditAction.OPEN_TRIAL) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.trial.openTrial(new OpenTrialUseCase.Command(a, s.id(), v, TRIAL));
        }
    },
    RECORD_HEARING(Who.JUDGE, Stage.ON_TRIAL, AuditAction.RECORD_HEARING) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.trial.recordHearing(new RecordHearingUseCase.Command(a, s.id(), v,
                    new Hearing(LocalDate.of(2017, 9, 4), COURT, "evidence of the victim recorded", null)));
        }
    },
    RECORD_VERDICT(Who.JUDGE, Stage.ON_TRIAL, AuditAction.RECORD_VERDICT) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.trial.recordVerdict(new RecordVerdictUseCase.Command(a, s.id(), v,
                    s.offenceAgainst(s.recruiter), VerdictOutcome.CONVICTED, VERDICT));
        }
    },
    RECORD_SENTENCE(Who.JUDGE, Stage.VERDICTS, AuditAction.RECORD_SENTENCE) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.trial.recordSentence(new RecordSentenceUseCase.Command(a, s.id(), v,
                    s.offenceAgainst(s.recruiter), lawfulPachtoSentence(SENTENCED)));
        }
    },
    MAKE_SENTENCING_ORDER(Who.JUDGE, Stage.DECIDED, AuditAction.MAKE_SENTENCING_ORDER) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.trial.makeSentencingOrder(new MakeSentencingOrderUseCase.Command(a, s.id(), v,
                    new SentencingOrder(s.recruiter, SENTENCED, List.of(new ChargeDirection(s.offenceAgainst(s.recruiter), 1,
                            ImprisonmentDescription.RIGOROUS, null)), 0, List.of())));
        }
    },
    CLOSE_CASE(Who.JUDGE, Stage.DECIDED, AuditAction.CLOSE_CASE) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.trial.closeCase(new CloseCaseUseCase.Command(a, s.id(), v, CLOSED));
        }
    },
    ARREST_ACCUSED(Who.INVESTIGATORS, Stage.PEOPLE, AuditAction.ARREST_ACCUSED) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.custody.arrestAccused(new ArrestAccusedUseCase.Command(a, s.id(), v, s.recruiter, CHARGED));
        }
    },
    DECLARE_ABSCONDING(Who.INVESTIGATORS, Stage.PEOPLE, AuditAction.DECLARE_ABSCONDING) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.custody.declareAbsconding(new DeclareAbscondingUseCase.Command(a, s.id(), v, s.recruiter,
                    CHARGED));
        }
    },
    DECLARE_PROCLAIMED_OFFENDER(Who.JUDGE, Stage.PEOPLE, AuditAction.DECLARE_PROCLAIMED_OFFENDER) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.custody.declareProclaimedOffender(new DeclareProclaimedOffenderUseCase.Command(a, s.id(), v,
                    s.recruiter, CHARGED, true, CHARGED.plusDays(30)));
        }

        @Override
        CaseStory prepare(Insaf app) {
            return super.prepare(app).absconding(CHARGED);
        }
    },
    APPLY_FOR_BAIL(Who.JUDGE, Stage.PEOPLE, AuditAction.APPLY_FOR_BAIL) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.custody.applyForBail(new ApplyForBailUseCase.Command(a, s.id(), v, s.recruiter,
                    "Sessions Court Kasur", CHARGED, BailApplication.Applicant.COUNSEL));
        }
    },
    DECIDE_BAIL(Who.JUDGE, Stage.PEOPLE, AuditAction.DECIDE_BAIL) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.custody.decideBail(new DecideBailUseCase.Command(a, s.id(), v, s.bailApplication(),
                    BailApplication.Outcome.GRANTED, CHARGED, Optional.of(100_000L), Optional.of("further inquiry")));
        }

        @Override
        CaseStory prepare(Insaf app) {
            return super.prepare(app).bailApplied(CHARGED);
        }
    },
    CANCEL_BAIL(Who.JUDGE, Stage.PEOPLE, AuditAction.CANCEL_BAIL) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.custody.cancelBail(new CancelBailUseCase.Command(a, s.id(), v, s.bailApplication(), CHARGED,
                    "threatened the witness"));
        }

        @Override
        CaseStory prepare(Insaf app) {
            return super.prepare(app).bailGranted(CHARGED);
        }
    },
    FILE_STATE_APPEAL(Who.PROSECUTOR, Stage.DECIDED, AuditAction.FILE_APPEAL) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.appeals.fileAppeal(new FileAppealUseCase.Command(a, s.id(), v, s.transporter, Appeal.AppealKind.APPEAL,
                    Appeal.Appellant.STATE, Appeal.AppealAgainst.ACQUITTAL, Appeal.AppellateForum.HIGH_COURT, APPEALED,
                    "the trial court misread the evidence"));
        }
    },
    FILE_CONVICT_APPEAL(Who.JUDGE, Stage.DECIDED, AuditAction.FILE_APPEAL) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.appeals.fileAppeal(new FileAppealUseCase.Command(a, s.id(), v, s.recruiter, Appeal.AppealKind.APPEAL,
                    Appeal.Appellant.CONVICT, Appeal.AppealAgainst.SENTENCE, Appeal.AppellateForum.HIGH_COURT, APPEALED,
                    "the sentence is harsh"));
        }
    },
    ORDER_APPEAL_ADMISSION(Who.JUDGE, Stage.DECIDED, AuditAction.ORDER_APPEAL_ADMISSION) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.appeals.orderAppealAdmission(new OrderAppealAdmissionUseCase.Command(a, s.id(), v, s.appeal(),
                    true, APPEAL_ADMITTED, Optional.empty()));
        }

        @Override
        CaseStory prepare(Insaf app) {
            return super.prepare(app).convictAppealed();
        }
    },
    DECIDE_APPEAL(Who.JUDGE, Stage.DECIDED, AuditAction.DECIDE_APPEAL) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.appeals.decideAppeal(new DecideAppealUseCase.Command(a, s.id(), v, s.appeal(),
                    Appeal.AppealOutcome.APPEAL_DISMISSED, APPEAL_DECIDED, List.of()));
        }

        @Override
        CaseStory prepare(Insaf app) {
            return super.prepare(app).convictAppealAdmitted();
        }
    },
    SUSPEND_SENTENCE(Who.JUDGE, Stage.DECIDED, AuditAction.SUSPEND_SENTENCE) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.appeals.suspendSentence(new SuspendSentenceUseCase.Command(a, s.id(), v, s.appeal(),
                    APPEAL_ADMITTED));
        }

        @Override
        CaseStory prepare(Insaf app) {
            return super.prepare(app).convictAppealAdmitted();
        }
    },
    FILE_SUPPLEMENTARY_CHARGE_SHEET(Who.PROSECUTOR, Stage.CHARGED, AuditAction.FILE_SUPPLEMENTARY_CHARGE_SHEET) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.prosecution.fileSupplementaryChargeSheet(new FileSupplementaryChargeSheetUseCase.Command(a,
                    s.id(), v, List.of(new ChargeRequest(s.lateAccused(), PACHTO, Set.of(s.childId()), Optional.empty())),
                    TRIAL));
        }

        @Override
        CaseStory prepare(Insaf app) {
            return super.prepare(app).withLateAccused(CHARGED);
        }
    },
    GET_CASE(Who.READERS, Stage.CHARGED, null) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.queries.getCase(a, s.id());
        }
    },
    CHARGE_ADVICE(Who.CASE_WORKERS, Stage.FACTS, null) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.prosecution.chargeAdvice(new ChargeAdviceQuery.Query(a, s.id(), Optional.empty(), Set.of()));
        }
    },
    READ_VICTIM_IDENTITY(Who.ASSIGNED, Stage.PEOPLE, AuditAction.READ_VICTIM_IDENTITY) {
        Object run(Insaf app, CaseStory s, Actor a, Optional<Long> v) {
            return app.queries.readIdentities(new ReadVictimIdentityUseCase.Query(a, s.id(), Set.of(s.childId())));
        }
    };

    /** Which actors of {@link Actors} may do it; of the others, those who may see the case are refused, the rest get "not found". */
    enum Who {
        INVESTIGATORS(Set.of(Actors.LEAD, Actors.COLLEAGUE)),
        ADMINS(Set.of(Actors.ADMIN)),
        PROSECUTOR(Set.of(Actors.PROSECUTOR)),
        JUDGE(Set.of(Actors.JUDGE)),
        READERS(Set.of(Actors.LEAD, Actors.COLLEAGUE, Actors.PROSECUTOR, Actors.JUDGE, Actors.ADMIN)),
        CASE_WORKERS(Set.of(Actors.LEAD, Actors.COLLEAGUE, Actors.PROSECUTOR, Actors.JUDGE)),
        ASSIGNED(Set.of(Actors.LEAD, Actors.PROSECUTOR, Actors.JUDGE));

        final Set<Actor> allowed;

        Who(Set<Actor> allowed) {
            this.allowed = allowed;
        }
    }

    /** Those who may see the story's (assigned) case. */
    static final Set<Actor> SEE_THE_CASE = Who.READERS.allowed;

    final Who who;
    final Stage stage;
    /** Null for reads that leave no trace. */
    final AuditAction audited;

    Operation(Who who, Stage stage, AuditAction audited) {
        this.who = who;
        this.stage = stage;
        this.audited = audited;
    }

    abstract Object run(Insaf app, CaseStory story, Actor actor, Optional<Long> expectedVersion);

    boolean changesTheCase() {
        return audited != null && !audited.isRead();
    }

    /** The story as this operation needs it: assigned, and at the stage where the command succeeds. */
    CaseStory prepare(Insaf app) {
        return CaseStory.register(app).assign().at(stage);
    }
}
