package org.insaf.application.service;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.FileAppealUseCase;
import org.insaf.application.port.in.OrderAppealAdmissionUseCase;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.application.port.in.ApplyForBailUseCase;
import org.insaf.application.port.in.DeclareAbscondingUseCase;
import org.insaf.application.port.in.DecideBailUseCase;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.BailApplicationId;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;

import org.insaf.application.port.in.ApplyForBailUseCase;
import org.insaf.application.port.in.DeclareAbscondingUseCase;
import org.insaf.application.port.in.DecideBailUseCase;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.BailApplicationId;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One case of child trafficking from Pakistan to the Gulf, taken through the use cases as far as a
 * test needs: registered by {@link Actors#LEAD} in Lahore, investigated, a girl of 12 as victim and
 * a recruiter and a transporter as accused, facts with the route PK -> AE in February 2017, the
 * prosecutor and judge assigned by the admin, both accused charged under PACHTO 2002 s.3, tried,
 * the recruiter convicted and sentenced, the transporter acquitted, and the case closed.
 */
public final class CaseStory {

    public static final LocalDate OFFENCE = LocalDate.of(2017, 2, 1);
    public static final LocalDate REGISTERED = LocalDate.of(2017, 3, 1);
    public static final LocalDate INVESTIGATING = LocalDate.of(2017, 3, 5);
    public static final LocalDate CHARGED = LocalDate.of(2017, 6, 1);
    public static final LocalDate TRIAL = LocalDate.of(2017, 7, 3);
    public static final LocalDate HEARING = LocalDate.of(2017, 8, 1);
    public static final LocalDate VERDICT = LocalDate.of(2018, 1, 15);
    public static final LocalDate SENTENCED = LocalDate.of(2018, 1, 20);
    public static final LocalDate CLOSED = LocalDate.of(2018, 3, 1);
    public static final StatuteCode PACHTO = StatuteCode.of("PACHTO-3");
    public static final String COURT = "Sessions Court Lahore";

    public static final VictimIdentity CHILD_IDENTITY =
            new VictimIdentity("Amina Bibi", null, "0300-1112223", "Mohalla Qadirabad, Kasur");

    public enum Stage { REGISTERED, INVESTIGATING, PEOPLE, FACTS, CHARGED, ON_TRIAL, VERDICTS, DECIDED, CLOSED }

    private final Insaf app;
    private final CaseId caseId;
    private Stage stage = Stage.REGISTERED;
    private boolean assigned;
    private CaseView view;

    private PersonId childId;
    public final PersonId recruiter = PersonId.random();
    public final PersonId transporter = PersonId.random();

    private CaseStory(Insaf app, CaseView registered) {
        this.app = app;
        this.view = registered;
        this.caseId = registered.id();
    }

    /** Registers FIR 12/2017 of AHTC Lahore as {@link Actors#LEAD}. */
    public static CaseStory register(Insaf app) {
        return register(app, "FIR 12/2017");
    }

    public static CaseStory register(Insaf app, String fir) {
        return new CaseStory(app, app.investigation.registerCase(registration(Actors.LEAD, fir, Actors.LAHORE)));
    }

    public static RegisterCaseUseCase.Command registration(Actor actor, String fir, String office) {
        return new RegisterCaseUseCase.Command(actor, new FirNumber(fir), new FiaCircle(office), REGISTERED,
                Set.of(PACHTO));
    }

    public static OffenceFacts gulfRoute(LocalDate offenceDate) {
        return new OffenceFacts(Set.of(Act.RECRUITMENT, Act.TRANSPORTATION), Set.of(Means.DECEPTION, Means.FRAUD),
                Set.of(Purpose.SEXUAL_EXPLOITATION), Route.of("PK", "AE"), offenceDate, Set.of());
    }

    public static VictimDetails childDetails() {
        return new VictimDetails(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(2004, 6, 10)), CountryCode.PAKISTAN,
                Set.of(VulnerabilityFactor.POVERTY), Set.of(Purpose.SEXUAL_EXPLOITATION), Set.of(ProtectionMeasure.SHELTER),
                RecruiterRelation.FAMILY);
    }

    public Trafficker recruiterPerson() {
        return Trafficker.person(recruiter, "Rashid Khan", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN)
                .withCnic("35202-7654321-3");
    }

    public Trafficker transporterPerson() {
        return Trafficker.person(transporter, "Omar Saeed", Set.of(TraffickerRole.TRANSPORTER), CountryCode.of("AE"));
    }

    // ------------------------------------------------------------------ the story

    public CaseStory assign() {
        if (!assigned) {
            view = app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, caseId, Optional.empty(),
                    Optional.empty(), Optional.of(Actors.PROSECUTOR.userId()), Optional.of(COURT),
                    Optional.of(Actors.JUDGE.userId())));
            assigned = true;
        }
        return this;
    }

    public CaseStory investigating() {
        if (reached(Stage.INVESTIGATING)) {
            return this;
        }
        view = app.investigation.startInvestigation(
                new StartInvestigationUseCase.Command(Actors.LEAD, caseId, Optional.empty(), INVESTIGATING));
        stage = Stage.INVESTIGATING;
        return this;
    }

    public CaseStory withPeople() {
        if (reached(Stage.PEOPLE)) {
            return this;
        }
        investigating();
        view = app.investigation.addVictim(new AddVictimUseCase.Command(Actors.LEAD, caseId, Optional.empty(),
                CHILD_IDENTITY, childDetails()));
        childId = view.victims().get(0).id(); // the use case makes the victim's id
        view = app.investigation.addAccused(new AddAccusedUseCase.Command(Actors.LEAD, caseId, Optional.empty(),
                recruiterPerson(), Optional.empty()));
        view = app.investigation.addAccused(new AddAccusedUseCase.Command(Actors.LEAD, caseId, Optional.empty(),
                transporterPerson(), Optional.empty()));
        stage = Stage.PEOPLE;
        return this;
    }

    /** The child's person id, as the case made it when she was recorded. */
    public PersonId childId() {
        if (childId == null) {
            throw new IllegalStateException("the child is recorded at stage PEOPLE");
        }
        return childId;
    }

    public CaseStory withFacts() {
        if (reached(Stage.FACTS)) {
            return this;
        }
        withPeople();
        view = app.investigation.recordFacts(new RecordFactsUseCase.Command(Actors.LEAD, caseId, Optional.empty(),
                gulfRoute(OFFENCE)));
        stage = Stage.FACTS;
        return this;
    }

    public CaseStory charged() {
        if (reached(Stage.CHARGED)) {
            return this;
        }
        withFacts();
        assign();
        view = app.prosecution.fileChargeSheet(new FileChargeSheetUseCase.Command(Actors.PROSECUTOR, caseId,
                Optional.empty(), List.of(
                        new ChargeRequest(recruiter, PACHTO, Set.of(childId()), Optional.empty()),
                        new ChargeRequest(transporter, PACHTO, Set.of(childId()), Optional.empty())),
                CHARGED));
        stage = Stage.CHARGED;
        return this;
    }

    public CaseStory onTrial() {
        if (reached(Stage.ON_TRIAL)) {
            return this;
        }
        charged();
        view = app.trial.openTrial(new OpenTrialUseCase.Command(Actors.JUDGE, caseId, Optional.empty(), TRIAL));
        view = app.trial.recordHearing(new RecordHearingUseCase.Command(Actors.JUDGE, caseId, Optional.empty(),
                new Hearing(HEARING, COURT, "charges framed, the accused pleaded not guilty", VERDICT)));
        stage = Stage.ON_TRIAL;
        return this;
    }

    /** The recruiter convicted, the transporter acquitted; the conviction not yet sentenced, so still on trial. */
    public CaseStory withVerdicts() {
        if (reached(Stage.VERDICTS)) {
            return this;
        }
        onTrial();
        view = app.trial.recordVerdict(new RecordVerdictUseCase.Command(Actors.JUDGE, caseId, Optional.empty(),
                offenceAgainst(recruiter), VerdictOutcome.CONVICTED, VERDICT));
        view = app.trial.recordVerdict(new RecordVerdictUseCase.Command(Actors.JUDGE, caseId, Optional.empty(),
                offenceAgainst(transporter), VerdictOutcome.ACQUITTED, VERDICT));
        stage = Stage.VERDICTS;
        return this;
    }

    public static Sentence lawfulPachtoSentence(LocalDate on) {
        return Sentence.imprisonment(on, Period.ofYears(10)).withFine(Rupees.of(200_000));
    }

    public CaseStory decided() {
        if (reached(Stage.DECIDED)) {
            return this;
        }
        withVerdicts();
        view = app.trial.recordSentence(new RecordSentenceUseCase.Command(Actors.JUDGE, caseId, Optional.empty(),
                offenceAgainst(recruiter), lawfulPachtoSentence(SENTENCED)));
        stage = Stage.DECIDED;
        return this;
    }

    // ------------------------------------------------------------------ appeals (issue 17 item 6)

    public static final LocalDate APPEALED = LocalDate.of(2018, 2, 10);
    public static final LocalDate APPEAL_ADMITTED = LocalDate.of(2018, 2, 20);
    public static final LocalDate APPEAL_DECIDED = LocalDate.of(2018, 9, 1);

    /** The case decided, and the recruiter's own appeal against the conviction filed in the High Court. */
    public CaseStory convictAppealed() {
        decided();
        view = app.appeals.fileAppeal(new FileAppealUseCase.Command(Actors.JUDGE, caseId, Optional.empty(), recruiter,
                Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT, Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.HIGH_COURT,
                APPEALED, "the recovery was not proved"));
        return this;
    }

    /** The recruiter's appeal admitted. */
    public CaseStory convictAppealAdmitted() {
        convictAppealed();
        view = app.appeals.orderAppealAdmission(new OrderAppealAdmissionUseCase.Command(Actors.JUDGE, caseId,
                Optional.empty(), appeal(), true, APPEAL_ADMITTED, Optional.empty()));
        return this;
    }

    /** The latest appeal of the case. */
    public AppealId appeal() {
        List<Appeal> appeals = view.proceedings().appeals();
        return appeals.get(appeals.size() - 1).id();
    }

    public CaseStory closed() {
        if (reached(Stage.CLOSED)) {
            return this;
        }
        decided();
        view = app.trial.closeCase(new CloseCaseUseCase.Command(Actors.JUDGE, caseId, Optional.empty(), CLOSED));
        stage = Stage.CLOSED;
        return this;
    }

    // ------------------------------------------------------------------ custody (issue 17 items 2 and 3)

    /** The recruiter declared absconding by the lead investigator. */
    public CaseStory absconding(LocalDate on) {
        view = app.custody.declareAbsconding(new DeclareAbscondingUseCase.Command(Actors.LEAD, caseId, Optional.empty(),
                recruiter, on));
        return this;
    }

    /** Bail applied for, for the recruiter, before arrest (s.498 CrPC). */
    public CaseStory bailApplied(LocalDate on) {
        view = app.custody.applyForBail(new ApplyForBailUseCase.Command(Actors.JUDGE, caseId, Optional.empty(), recruiter,
                COURT, on, BailApplication.Applicant.COUNSEL));
        return this;
    }

    public CaseStory bailGranted(LocalDate on) {
        bailApplied(on);
        view = app.custody.decideBail(new DecideBailUseCase.Command(Actors.JUDGE, caseId, Optional.empty(),
                bailApplication(), BailApplication.Outcome.GRANTED, on, Optional.of(100_000L),
                Optional.of("mala fide alleged")));
        return this;
    }

    /** The latest bail application of the case. */
    public BailApplicationId bailApplication() {
        List<BailApplication> all = app.load(caseId).bailApplications();
        return all.get(all.size() - 1).id();
    }

    private final PersonId lateAccused = PersonId.random();

    /** A sub-agent found after the charge sheet, added by the lead investigator. */
    public CaseStory withLateAccused(LocalDate on) {
        view = app.investigation.addAccused(new AddAccusedUseCase.Command(Actors.LEAD, caseId, Optional.empty(),
                Trafficker.person(lateAccused, "Found later", Set.of(TraffickerRole.SUB_AGENT_OF_LICENSED_OEP),
                        CountryCode.PAKISTAN), Optional.empty(), Optional.of(on)));
        return this;
    }

    public PersonId lateAccused() {
        return lateAccused;
    }

    /** Takes the story to a stage (never back). */
    public CaseStory at(Stage target) {
        switch (target) {
            case REGISTERED -> { }
            case INVESTIGATING -> investigating();
            case PEOPLE -> withPeople();
            case FACTS -> withFacts();
            case CHARGED -> charged();
            case ON_TRIAL -> onTrial();
            case VERDICTS -> withVerdicts();
            case DECIDED -> decided();
            case CLOSED -> closed();
        }
        return this;
    }

    private boolean reached(Stage target) {
        return stage.compareTo(target) >= 0;
    }

    // ------------------------------------------------------------------ what a test reads

    public CaseId id() {
        return caseId;
    }

    public CaseView view() {
        return view;
    }

    public long version() {
        return app.load(caseId).version();
    }

    public OffenceId offenceAgainst(PersonId accused) {
        return app.load(caseId).offences().stream().filter(o -> o.accused().equals(accused))
                .findFirst().orElseThrow(() -> new IllegalStateException("no charge against " + accused)).id();
    }
}
