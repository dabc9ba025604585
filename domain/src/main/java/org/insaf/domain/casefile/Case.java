package org.insaf.domain.casefile;

import org.insaf.domain.casefile.event.AccusedAdded;
import org.insaf.domain.casefile.event.AppealAdmissionOrdered;
import org.insaf.domain.casefile.event.AppealDecided;
import org.insaf.domain.casefile.event.AppealFiled;
import org.insaf.domain.casefile.event.SentenceSuspended;
import org.insaf.domain.casefile.event.BailApplied;
import org.insaf.domain.casefile.event.BailCancelled;
import org.insaf.domain.casefile.event.BailDecided;
import org.insaf.domain.casefile.event.CustodyChanged;
import org.insaf.domain.casefile.event.SupplementaryChargeSheetFiled;
import org.insaf.domain.casefile.event.CaseAssigned;
import org.insaf.domain.casefile.event.FactsRecorded;
import org.insaf.domain.casefile.event.CaseClosed;
import org.insaf.domain.casefile.event.CaseDecided;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.CaseTransferred;
import org.insaf.domain.casefile.event.ChargeSheetFiled;
import org.insaf.domain.casefile.event.FirRegistered;
import org.insaf.domain.casefile.event.HearingRecorded;
import org.insaf.domain.casefile.event.InvestigationClosed;
import org.insaf.domain.casefile.event.InvestigationStarted;
import org.insaf.domain.casefile.event.SentencePassed;
import org.insaf.domain.casefile.event.SentencingOrderMade;
import org.insaf.domain.casefile.event.StatusEntered;
import org.insaf.domain.casefile.event.TrialOpened;
import org.insaf.domain.casefile.event.VerdictGiven;
import org.insaf.domain.casefile.event.VictimAdded;
import org.insaf.domain.offence.ChargePolicy;
import org.insaf.domain.offence.ChargeProposal;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.SentenceWithinLawPolicy;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.sentencing.EffectiveTerm;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.sentencing.SentencingOrderPolicy;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An FIA case: the aggregate root. It changes only through the named steps below; each step
 * checks every rule before it changes anything, so a refused step leaves the case as it was.
 * Refusals are {@link InvariantViolation}s naming the {@link Rule}; malformed values are
 * {@link InvalidValueException}s.
 *
 * <p>Each step that changes the case records what happened as a {@link CaseEvent}, after every
 * check has passed; the events wait, in order, in {@link #pendingEvents()} until the repository
 * has saved them and calls {@link #eventsSaved()}.
 */
public final class Case {

    private static final LifecyclePolicy LIFECYCLE = new LifecyclePolicy();
    private static final BusinessDatePolicy DATES = new BusinessDatePolicy();
    private static final OrderOfProceedingsPolicy PROCEEDINGS = new OrderOfProceedingsPolicy();
    private static final VictimNotAccusedPolicy NON_PUNISHMENT = new VictimNotAccusedPolicy();
    private static final MischargingPolicy MISCHARGING = new MischargingPolicy();
    private static final SentenceWithinLawPolicy SENTENCING = new SentenceWithinLawPolicy();
    private static final DatesOfFactsPolicy FACT_DATES = new DatesOfFactsPolicy();
    private static final VerdictPolicy VERDICTS = new VerdictPolicy();
    private static final SentencingOrderPolicy SENTENCING_ORDERS = new SentencingOrderPolicy();
    private static final TransferPolicy TRANSFERS = new TransferPolicy();
    private static final InvestigatingAgencyPolicy AGENCIES = new InvestigatingAgencyPolicy();
    private static final CustodyPolicy CUSTODY = new CustodyPolicy();
    private static final BailPolicy BAIL = new BailPolicy();
    private static final SupplementaryChargeSheetPolicy SUPPLEMENTS = new SupplementaryChargeSheetPolicy();
    private static final AppealPolicy APPEALS = new AppealPolicy();

    private final CaseId id;
    private final long version;
    private final FirNumber firNumber;
    private InvestigatingOffice office;
    private final List<CaseTransfer> transfers;
    private final Set<StatuteCode> firSections;
    private final List<String> otherSections;
    private CaseStatus status;
    private final Map<CaseStatus, LocalDate> statusDates;
    private String investigationClosedReason;
    private final List<Victim> victims;
    private final List<Accused> accused;
    private final List<Offence> offences;
    private final List<Hearing> hearings;
    private final List<CaseWarning> warnings;
    private CaseAssignment assignment;
    private OffenceFacts recordedFacts;
    private final List<SentencingOrder> sentencingOrders;
    private final List<CustodyChange> custody;
    private final List<BailApplication> bail;
    private final Map<OffenceId, LocalDate> supplementaryCharges;
    private final List<Appeal> appeals;
    private final List<CaseEvent> pendingEvents = new ArrayList<>();

    private Case(CaseSnapshot s) {
        this.id = InvalidValueException.required(s.id(), "case id");
        this.version = s.version();
        this.firNumber = InvalidValueException.required(s.firNumber(), "FIR number");
        this.office = InvalidValueException.required(s.office(), "investigating office");
        this.transfers = new ArrayList<>(s.transfers());
        this.firSections = new TreeSet<>(s.firSections());
        this.otherSections = otherLawSections(s.otherSections());
        this.status = InvalidValueException.required(s.status(), "status");
        this.statusDates = new EnumMap<>(CaseStatus.class);
        this.statusDates.putAll(s.statusDates());
        InvalidValueException.check(statusDates.containsKey(CaseStatus.REGISTERED) && statusDates.containsKey(status),
                "CASE_STATUS_DATES", "a case records the date it was registered and the date it entered " + status);
        this.investigationClosedReason = s.investigationClosedReason();
        this.victims = new ArrayList<>(s.victims());
        this.accused = new ArrayList<>(s.accused());
        this.offences = new ArrayList<>(s.offences());
        this.hearings = new ArrayList<>(s.hearings());
        this.warnings = new ArrayList<>(s.warnings());
        this.assignment = s.assignment();
        this.recordedFacts = s.recordedFacts().orElse(null);
        this.sentencingOrders = new ArrayList<>(s.sentencingOrders());
        this.custody = new ArrayList<>(s.proceedings().custody());
        this.bail = new ArrayList<>(s.proceedings().bail());
        this.supplementaryCharges = new HashMap<>(s.proceedings().supplementaryCharges());
        this.appeals = new ArrayList<>(s.proceedings().appeals());
    }

    /**
     * Registers an FIR: the sections it was registered under are the suspected statutes; sections
     * of other laws, which the catalogue does not hold, are kept as written, for the record only.
     */
    public static Case register(CaseId id, FirNumber firNumber, FiaCircle circle, LocalDate registeredOn,
                                Set<StatuteCode> firSections, List<String> otherSections, LocalDate today) {
        return registerAt(id, firNumber, InvestigatingOffice.of(circle), registeredOn, firSections, otherSections,
                today);
    }

    /**
     * Registers an FIR at an investigating office of either agency: the office's agency must be one
     * that may investigate the sections it names (a police station does not register a case the FIA
     * alone investigates).
     */
    public static Case register(CaseId id, FirNumber firNumber, InvestigatingOffice office, LocalDate registeredOn,
                                Set<StatuteCode> firSections, List<String> otherSections, StatuteCatalogue catalogue,
                                LocalDate today) {
        InvalidValueException.required(office, "investigating office");
        InvalidValueException.required(catalogue, "statute catalogue");
        Case registered = registerAt(id, firNumber, office, registeredOn, firSections, otherSections, today);
        AGENCIES.mayInvestigate(office.agency(), registered.leads(catalogue)).orThrow();
        return registered;
    }

    private static Case registerAt(CaseId id, FirNumber firNumber, InvestigatingOffice office, LocalDate registeredOn,
                                   Set<StatuteCode> firSections, List<String> otherSections, LocalDate today) {
        DATES.mayRecord("registration", registeredOn, null, today).orThrow();
        InvalidValueException.check(firSections != null && !firSections.isEmpty(), "FIR_NAMES_A_SECTION",
                "an FIR is registered under at least one section");
        Case registered = new Case(new CaseSnapshot(id, 0L, firNumber, office, firSections, CaseStatus.REGISTERED,
                Map.of(CaseStatus.REGISTERED, registeredOn), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), otherLawSections(otherSections), CaseAssignment.NONE, Optional.empty()));
        registered.pendingEvents.add(new FirRegistered(id, registeredOn, firNumber, office, registered.firSections,
                registered.otherSections));
        return registered;
    }

    /** Rebuilds a stored case as it was, without replaying its lifecycle: it has no pending events. */
    public static Case reconstitute(CaseSnapshot snapshot) {
        return new Case(InvalidValueException.required(snapshot, "snapshot"));
    }

    public CaseSnapshot snapshot() {
        return new CaseSnapshot(id, version, firNumber, office, firSections, status, statusDates,
                investigationClosedReason, victims, accused, offences, hearings, warnings, otherSections, assignment,
                Optional.ofNullable(recordedFacts), sentencingOrders, transfers, proceedings());
    }

    // ---------------------------------------------------------------- events

    /** What the steps taken since the case was loaded or registered did, in order, not yet saved. */
    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** Called by the repository once it has saved every pending event: they are no longer pending. */
    public void eventsSaved() {
        pendingEvents.clear();
    }

    // ---------------------------------------------------------------- lifecycle

    public void startInvestigation(LocalDate on, LocalDate today) {
        moveTo(CaseStatus.UNDER_INVESTIGATION, "investigation", on, today, date -> new InvestigationStarted(id, date));
    }

    public void closeInvestigation(String reason, LocalDate on, LocalDate today) {
        LIFECYCLE.mayMove(status, CaseStatus.INVESTIGATION_CLOSED).orThrow();
        String why = InvalidValueException.requiredText(reason, "reason for closing the investigation");
        moveTo(CaseStatus.INVESTIGATION_CLOSED, "closure of the investigation", on, today,
                date -> new InvestigationClosed(id, date, why));
        investigationClosedReason = why;
    }

    /**
     * Files the charge sheet: every count is checked (parties of the case, law in force, scope,
     * elements) before any is recorded. Possible mischarging is recorded as a warning.
     */
    public void fileChargeSheet(List<Charge> charges, StatuteCatalogue catalogue, LocalDate on, LocalDate today) {
        LIFECYCLE.mayMove(status, CaseStatus.CHARGE_SHEET_FILED).orThrow();
        DATES.mayRecord("charge sheet", on, latestDate(), today).orThrow();
        InvalidValueException.required(catalogue, "statute catalogue");
        InvalidValueException.check(charges != null && !charges.isEmpty(), "CHARGE_SHEET_NOT_EMPTY",
                "a charge sheet contains at least one charge");
        List<Offence> filed = new ArrayList<>();
        Set<OffenceId> ids = new HashSet<>();
        for (Charge charge : charges) {
            InvalidValueException.required(charge, "charge");
            if (!ids.add(charge.id())) {
                throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE, "charge " + charge.id() + " appears twice");
            }
            filed.add(checkedOffence(charge, catalogue, on));
            SUPPLEMENTS.mayCharge(nameOf(charge.accused()), custodyOf(charge.accused()).status()).orThrow();
        }
        List<CaseWarning> raised = MISCHARGING.warnings(filed, catalogue);
        statusDates.put(CaseStatus.CHARGE_SHEET_FILED, on);
        status = CaseStatus.CHARGE_SHEET_FILED;
        offences.addAll(filed);
        warnings.addAll(raised);
        pendingEvents.add(new ChargeSheetFiled(id, on, filed, raised));
    }

    public void openTrial(LocalDate on, LocalDate today) {
        moveTo(CaseStatus.ON_TRIAL, "trial", on, today, date -> new TrialOpened(id, date));
    }

    public void recordHearing(Hearing hearing, LocalDate today) {
        InvalidValueException.required(hearing, "hearing");
        PROCEEDINGS.mayHoldHearing(status).orThrow();
        DATES.mayRecord("hearing", hearing.date(), latestDate(), today).orThrow();
        hearings.add(hearing);
        pendingEvents.add(new HearingRecorded(id, hearing));
    }

    /**
     * A verdict after trial, CONVICTED or ACQUITTED; WITHDRAWN is the prosecutor's withdrawal
     * ({@link #withdrawFromProsecution}). A composition or an abatement needs its particulars.
     */
    public void recordVerdict(OffenceId offenceId, VerdictOutcome outcome, LocalDate on, LocalDate today) {
        Offence offence = offence(offenceId);
        InvalidValueException.required(outcome, "verdict outcome");
        if (outcome == VerdictOutcome.WITHDRAWN) {
            withdrawFromProsecution(offenceId, on, today);
            return;
        }
        InvalidValueException.check(outcome == VerdictOutcome.CONVICTED || outcome == VerdictOutcome.ACQUITTED,
                "VERDICT_PARTICULARS", "a verdict " + outcome + " is recorded with its particulars"
                        + (outcome == VerdictOutcome.COMPOUNDED ? " (who compounded)" : " (the day the accused died)"));
        PROCEEDINGS.mayGiveVerdict(status, offence).orThrow();
        giveVerdict(offence, new Verdict(outcome, on), today);
    }

    /** s.265-E CrPC: the accused pleaded guilty to the charge framed and the court convicts on the plea. */
    public void convictOnGuiltyPlea(OffenceId offenceId, LocalDate on, LocalDate today) {
        Offence offence = offence(offenceId);
        VERDICTS.mayConvictOnPlea(status, offence).orThrow();
        giveVerdict(offence, Verdict.convictedOnGuiltyPlea(on), today);
    }

    /**
     * s.494 CrPC: the prosecutor withdraws from the prosecution of one charge with the court's consent
     * (the judge records it): a discharge before the charge is framed, an acquittal after.
     */
    public void withdrawFromProsecution(OffenceId offenceId, LocalDate on, LocalDate today) {
        Offence offence = offence(offenceId);
        VERDICTS.mayWithdraw(status, offence).orThrow();
        giveVerdict(offence, Verdict.withdrawn(on, status == CaseStatus.ON_TRIAL), today);
    }

    /** s.345 CrPC: the victim {@code by} compounds a compoundable offence; it has the effect of an acquittal. */
    public void compound(OffenceId offenceId, PersonId by, StatuteCatalogue catalogue, LocalDate on, LocalDate today) {
        Offence offence = offence(offenceId);
        InvalidValueException.required(by, "person who compounded");
        InvalidValueException.required(catalogue, "statute catalogue");
        VERDICTS.mayCompound(status, offence, statute(catalogue, offence), by).orThrow();
        giveVerdict(offence, Verdict.compounded(on, by), today);
    }

    /** s.431 CrPC: the accused died on {@code diedOn}; every charge of theirs still pending abates. */
    public void abate(PersonId accusedId, LocalDate diedOn, LocalDate on, LocalDate today) {
        InvalidValueException.required(accusedId, "accused");
        InvalidValueException.required(diedOn, "date of the accused's death");
        if (accusedPerson(accusedId).isEmpty()) {
            throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE, accusedId + " is not accused in this case");
        }
        List<Offence> charges = offences.stream().filter(o -> o.accused().equals(accusedId)).toList();
        VERDICTS.mayAbate(status, charges, diedOn).orThrow();
        DATES.mayRecord("abatement", on, latestDate(), today).orThrow();
        InvalidValueException.check(!diedOn.isAfter(on), "VERDICT_DATE_OF_DEATH",
                "the accused's death (" + diedOn + ") cannot be after the abatement is recorded (" + on + ")");
        for (Offence pending : charges.stream().filter(o -> !o.isDecided()).toList()) {
            Verdict abated = Verdict.abated(on, diedOn);
            replace(pending, pending.withVerdict(abated));
            pendingEvents.add(new VerdictGiven(id, pending.id(), abated));
        }
    }

    /**
     * The judge's order over the sentences of one accused (s.35, s.382-B, s.544-A CrPC; PPC ss.64-67),
     * once every charge of theirs is decided and every conviction sentenced; one per accused.
     */
    public void makeSentencingOrder(SentencingOrder order, StatuteCatalogue catalogue, LocalDate today) {
        InvalidValueException.required(order, "sentencing order");
        InvalidValueException.required(catalogue, "statute catalogue");
        if (accusedPerson(order.accused()).isEmpty()) {
            throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE, order.accused() + " is not accused in this case");
        }
        LIFECYCLE.mayWhile(status, "a sentencing order", CaseStatus.ON_TRIAL, CaseStatus.DECIDED).orThrow();
        if (sentencingOrder(order.accused()).isPresent()) {
            throw new InvariantViolation(Rule.SENTENCING_ORDER,
                    "the accused already has a sentencing order in this case; it is made once");
        }
        DATES.mayRecord("sentencing order", order.pronouncedOn(), latestDate(), today).orThrow();
        List<Offence> charges = offences.stream().filter(o -> o.accused().equals(order.accused())).toList();
        SENTENCING_ORDERS.assess(order, charges, o -> statute(catalogue, o)).orThrow();
        sentencingOrders.add(order);
        pendingEvents.add(new SentencingOrderMade(id, order));
    }

    private void giveVerdict(Offence offence, Verdict verdict, LocalDate today) {
        DATES.mayRecord("verdict", verdict.date(), latestDate(), today).orThrow();
        replace(offence, offence.withVerdict(verdict));
        pendingEvents.add(new VerdictGiven(id, offence.id(), verdict));
    }

    public void recordSentence(OffenceId offenceId, Sentence sentence, StatuteCatalogue catalogue, LocalDate today) {
        Offence offence = offence(offenceId);
        InvalidValueException.required(sentence, "sentence");
        InvalidValueException.required(catalogue, "statute catalogue");
        PROCEEDINGS.maySentence(status, offence).orThrow();
        DATES.mayRecord("sentence", sentence.pronouncedOn(), latestDate(), today).orThrow();
        SENTENCING.assess(statute(catalogue, offence), offence, sentence).orThrow();
        replace(offence, offence.withSentence(sentence));
        pendingEvents.add(new SentencePassed(id, offenceId, sentence));
    }

    public void decide(LocalDate on, LocalDate today) {
        LIFECYCLE.mayMove(status, CaseStatus.DECIDED).orThrow();
        mayDecide().orThrow();
        moveTo(CaseStatus.DECIDED, "decision", on, today, date -> new CaseDecided(id, date));
    }

    public void close(LocalDate on, LocalDate today) {
        appeals.stream().filter(Appeal::isPending).findFirst().ifPresent(a -> {
            throw new InvariantViolation(Rule.LIFECYCLE, "an appeal of " + nameOf(a.accused()) + " filed on "
                    + a.filedOn() + " is pending: the case is closed once no appeal is pending");
        });
        moveTo(CaseStatus.CLOSED, "closing", on, today, date -> new CaseClosed(id, date));
    }

    // ---------------------------------------------------------------- investigation and desks

    /**
     * Records the facts the investigation has found, replacing those recorded before: only while the
     * case is registered or under investigation, with an offence date that is not in the future and
     * on which every victim of the case was already born.
     */
    public void recordFacts(OffenceFacts facts, LocalDate today) {
        InvalidValueException.required(facts, "facts");
        if (status != CaseStatus.REGISTERED && status != CaseStatus.UNDER_INVESTIGATION) {
            throw new InvariantViolation(Rule.LIFECYCLE,
                    "facts are recorded while the case is registered or under investigation; it is " + status);
        }
        FACT_DATES.mayAllegeOffenceOn(facts.offenceDate(), today).orThrow();
        FACT_DATES.wereBornBy(facts.offenceDate(), victims).orThrow();
        recordedFacts = facts;
        pendingEvents.add(new FactsRecorded(id, today, facts));
    }

    /** Puts the case on the desks of the people named: the whole assignment from now on. */
    public void assign(CaseAssignment newAssignment, LocalDate today) {
        InvalidValueException.required(newAssignment, "assignment");
        InvalidValueException.required(today, "today");
        assignment = newAssignment;
        pendingEvents.add(new CaseAssigned(id, today, newAssignment));
    }

    /**
     * Transfers the case to another investigating office, of the same agency or another, for a
     * reason: that office holds it from the transfer on. Its lead investigator belonged to the old
     * office, so the case leaves their desk (recorded as an assignment) until a lead of the new
     * office is assigned; prosecutor, court and judge stay.
     */
    public void transfer(InvestigatingOffice to, String reason, LocalDate on, StatuteCatalogue catalogue,
                         LocalDate today) {
        InvalidValueException.required(to, "office to transfer to");
        String why = InvalidValueException.requiredText(reason, "reason for the transfer");
        InvalidValueException.required(catalogue, "statute catalogue");
        TRANSFERS.mayTransfer(status, office, to).orThrow();
        DATES.mayRecord("transfer", on, latestDate(), today).orThrow();
        AGENCIES.mayInvestigate(to.agency(), leads(catalogue)).orThrow();
        CaseTransfer transfer = new CaseTransfer(on, office, to, why);
        transfers.add(transfer);
        office = to;
        pendingEvents.add(new CaseTransferred(id, transfer));
        if (assignment.investigator().isPresent()) {
            assignment = new CaseAssignment(Optional.empty(), assignment.prosecutor(), assignment.court(),
                    assignment.judge());
            pendingEvents.add(new CaseAssigned(id, on, assignment));
        }
    }

    /**
     * The offences the case names, as the agency rule reads them: each FIR section (its latest
     * version, crossing borders if the recorded facts do) and each count charged (its version and facts).
     */
    private List<InvestigatingAgencyPolicy.Lead> leads(StatuteCatalogue catalogue) {
        Optional<Boolean> factsCross = recordedFacts().map(OffenceFacts::isTransnational);
        List<InvestigatingAgencyPolicy.Lead> leads = new ArrayList<>();
        for (StatuteCode code : firSections) {
            catalogue.latestVersionOf(code).ifPresent(s -> leads.add(new InvestigatingAgencyPolicy.Lead(s, factsCross)));
        }
        for (Offence o : offences) {
            catalogue.find(o.statute()).ifPresent(s -> leads.add(
                    new InvestigatingAgencyPolicy.Lead(s, Optional.of(o.facts().isTransnational()))));
        }
        return leads;
    }

    // ---------------------------------------------------------------- people

    /**
     * The protected identities of the victims, read for a rule that compares them (an accused's CNIC
     * with the victims'): they change nothing of the case and record no event.
     */
    public void identitiesRead(Map<PersonId, VictimIdentity> identities) {
        InvalidValueException.required(identities, "identities");
        victims.replaceAll(v -> Optional.ofNullable(identities.get(v.id())).map(v::withIdentity).orElse(v));
    }

    /**
     * Records a victim under a pseudonym the case makes from its registration year and a
     * sequence number handed out by the caller's port.
     */
    public Pseudonym addVictim(PersonId personId, VictimIdentity identity, VictimDetails details, long sequence) {
        LIFECYCLE.mayWhile(status, "recording a victim", CaseStatus.REGISTERED, CaseStatus.UNDER_INVESTIGATION)
                .orThrow();
        InvalidValueException.required(details, "victim details");
        Pseudonym pseudonym = Pseudonym.of(registeredOn().getYear(), sequence);
        Victim victim = details.toVictim(personId, pseudonym, identity);
        if (victims.stream().anyMatch(v -> v.id().equals(personId) || v.pseudonym().equals(pseudonym))) {
            throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                    "this person or pseudonym " + pseudonym + " is already recorded as a victim of the case");
        }
        LocalDate recordedOn = latestDate();
        victims.add(victim);
        pendingEvents.add(new VictimAdded(id, recordedOn, victim));
        return pseudonym;
    }

    /**
     * Adds an accused on a business date (not before the case's latest date, not after today); a
     * victim of the case may be accused only with a justification, which is recorded.
     */
    public void addAccused(Trafficker trafficker, String nonPunishmentJustification, LocalDate on, LocalDate today) {
        InvalidValueException.required(trafficker, "trafficker");
        // After the charge sheet, a person found later is added to be charged by a supplementary sheet.
        LIFECYCLE.mayWhile(status, "adding an accused", CaseStatus.REGISTERED, CaseStatus.UNDER_INVESTIGATION,
                CaseStatus.CHARGE_SHEET_FILED, CaseStatus.ON_TRIAL).orThrow();
        DATES.mayRecord("accused's addition", on, latestDate(), today).orThrow();
        if (accusedPerson(trafficker.id()).isPresent()) {
            throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE, trafficker.name() + " is already accused in this case");
        }
        NON_PUNISHMENT.mayAccuse(trafficker, nonPunishmentJustification, victims).orThrow();
        boolean isVictim = victims.stream().anyMatch(v -> VictimNotAccusedPolicy.isSamePerson(v, trafficker));
        Accused added = new Accused(trafficker, isVictim ? nonPunishmentJustification : null, on);
        accused.add(added);
        pendingEvents.add(new AccusedAdded(id, added));
    }

    // ---------------------------------------------------------------- custody, bail and absconders

    /** The police arrest the accused, or an absconder is arrested or surrenders. */
    public void arrest(PersonId accusedId, LocalDate on, LocalDate today) {
        changeCustody(accusedId, CustodyStatus.IN_CUSTODY, "arrest", on, today);
    }

    /** The accused evades arrest, escapes or jumps bail: their part of the case waits for them. */
    public void declareAbsconding(PersonId accusedId, LocalDate on, LocalDate today) {
        changeCustody(accusedId, CustodyStatus.ABSCONDING, "declaration of absconding", on, today);
    }

    /**
     * The court declares an absconder a proclaimed offender (s.87 CrPC), once the proclamation
     * published on {@code publishedOn} has given them thirty days to appear, and may have attached
     * their property (s.88 CrPC).
     */
    public void declareProclaimedOffender(PersonId accusedId, LocalDate publishedOn, boolean propertyAttached,
                                          LocalDate on, LocalDate today) {
        InvalidValueException.required(publishedOn, "date the proclamation was published");
        CustodyChange current = checkedCustodyMove(accusedId, CustodyStatus.PROCLAIMED_OFFENDER,
                "declaration of a proclaimed offender", on, today);
        CUSTODY.mayProclaim(nameOf(accusedId), current.since(), publishedOn, on).orThrow();
        recordCustody(new CustodyChange(accusedId, CustodyStatus.PROCLAIMED_OFFENDER, on, publishedOn,
                propertyAttached));
    }

    /** Bail is applied for, by the accused or their counsel, to a court. */
    public void applyForBail(BailApplication application, LocalDate today) {
        InvalidValueException.required(application, "bail application");
        PersonId accusedId = application.accused();
        CustodyChange current = custodyOf(accusedId);
        CUSTODY.mayRecord(status, nameOf(accusedId), isTried(accusedId)).orThrow();
        DATES.mayRecord("bail application", application.filedOn(), latestDate(), today).orThrow();
        if (bailApplication(application.id()).isPresent()) {
            throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                    "bail application " + application.id() + " is already recorded in this case");
        }
        boolean pending = bail.stream().anyMatch(b -> b.accused().equals(accusedId) && b.isPending());
        BAIL.mayApply(nameOf(accusedId), current.status(), pending).orThrow();
        BailApplication filed = BailApplication.filed(application.id(), accusedId, application.court(),
                application.filedOn(), application.appliedBy());
        bail.add(filed);
        pendingEvents.add(new BailApplied(id, filed));
    }

    /**
     * The court grants bail on a surety, or refuses it: for a bailable offence it may not refuse
     * (s.496 CrPC); for a non-bailable one its order gives the reason (s.497 CrPC). A grant releases
     * the accused on bail from the day of the order.
     */
    public void decideBail(BailApplicationId applicationId, BailApplication.Decision decision,
                           StatuteCatalogue catalogue, LocalDate today) {
        BailApplication application = existingBailApplication(applicationId);
        InvalidValueException.required(decision, "bail decision");
        InvalidValueException.required(catalogue, "statute catalogue");
        PersonId accusedId = application.accused();
        CustodyChange current = custodyOf(accusedId);
        boolean granted = decision.outcome() == BailApplication.Outcome.GRANTED;
        if (granted) {
            CUSTODY.mayChange(status, nameOf(accusedId), isTried(accusedId), current.status(), CustodyStatus.ON_BAIL)
                    .orThrow();
        } else {
            CUSTODY.mayRecord(status, nameOf(accusedId), isTried(accusedId)).orThrow();
        }
        DATES.mayRecord("bail decision", decision.on(), latestDate(), today).orThrow();
        BAIL.mayDecide(nameOf(accusedId), application, current.status(), decision,
                facesOnlyBailableOffences(accusedId, catalogue)).orThrow();
        bail.set(bail.indexOf(application), application.withDecision(decision));
        pendingEvents.add(new BailDecided(id, applicationId, decision));
        if (granted) {
            recordCustody(CustodyChange.of(accusedId, CustodyStatus.ON_BAIL, decision.on()));
        }
    }

    /** The court cancels bail it granted (s.497(5) CrPC), with its reason: the accused is taken into custody. */
    public void cancelBail(BailApplicationId applicationId, BailApplication.Cancellation cancellation,
                           LocalDate today) {
        BailApplication application = existingBailApplication(applicationId);
        InvalidValueException.required(cancellation, "cancellation");
        PersonId accusedId = application.accused();
        CustodyChange current = custodyOf(accusedId);
        boolean latestGrant = bail.stream().filter(b -> b.accused().equals(accusedId) && b.isGranted())
                .reduce((first, second) -> second).filter(b -> b.id().equals(applicationId)).isPresent();
        BAIL.mayCancel(nameOf(accusedId), application, current.status(), latestGrant).orThrow();
        CUSTODY.mayChange(status, nameOf(accusedId), isTried(accusedId), current.status(), CustodyStatus.IN_CUSTODY)
                .orThrow();
        DATES.mayRecord("cancellation of bail", cancellation.on(), latestDate(), today).orThrow();
        bail.set(bail.indexOf(application), application.withCancellation(cancellation));
        pendingEvents.add(new BailCancelled(id, applicationId, cancellation));
        recordCustody(CustodyChange.of(accusedId, CustodyStatus.IN_CUSTODY, cancellation.on()));
    }

    /**
     * A supplementary charge sheet (s.173 CrPC) charges, in this case, accused who have no charge
     * yet and are not at large: an absconder since arrested, or a person found after the charge
     * sheet. Their own trial follows; the case's status does not change.
     */
    public void fileSupplementaryChargeSheet(List<Charge> charges, StatuteCatalogue catalogue, LocalDate on,
                                             LocalDate today) {
        LIFECYCLE.mayWhile(status, "a supplementary charge sheet", CaseStatus.CHARGE_SHEET_FILED, CaseStatus.ON_TRIAL)
                .orThrow();
        DATES.mayRecord("supplementary charge sheet", on, latestDate(), today).orThrow();
        InvalidValueException.required(catalogue, "statute catalogue");
        InvalidValueException.check(charges != null && !charges.isEmpty(), "CHARGE_SHEET_NOT_EMPTY",
                "a charge sheet contains at least one charge");
        List<Offence> filed = new ArrayList<>();
        Set<OffenceId> ids = new HashSet<>();
        offences.forEach(o -> ids.add(o.id()));
        for (Charge charge : charges) {
            InvalidValueException.required(charge, "charge");
            if (!ids.add(charge.id())) {
                throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE, "charge " + charge.id() + " appears twice");
            }
            Offence offence = checkedOffence(charge, catalogue, on);
            SUPPLEMENTS.mayChargeLater(nameOf(charge.accused()), custodyOf(charge.accused()).status(),
                    chargesOf(charge.accused())).orThrow();
            filed.add(offence);
        }
        List<CaseWarning> raised = MISCHARGING.warnings(filed, catalogue);
        offences.addAll(filed);
        warnings.addAll(raised);
        filed.forEach(o -> supplementaryCharges.put(o.id(), on));
        pendingEvents.add(new SupplementaryChargeSheetFiled(id, on, filed, raised));
    }

    // ---------------------------------------------------------------- appeals and revisions

    /**
     * An appeal or revision is filed against the judgment as it concerns one accused: to the High
     * Court once the trial court has judged every charge of theirs, to the Supreme Court once the
     * High Court has decided (see {@link AppealPolicy}). A late filing is not refused: the appeal
     * shows its period of limitation and that it was filed out of time.
     */
    public void fileAppeal(Appeal.Filing filing, LocalDate today) {
        InvalidValueException.required(filing, "appeal");
        PersonId accusedId = filing.accused();
        String name = nameOf(accusedId);
        if (appeal(filing.id()).isPresent()) {
            throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE, "appeal " + filing.id() + " is already recorded in this case");
        }
        List<Appeal> current = currentAppeals(accusedId);
        Optional<LocalDate> judgmentOn = filing.forum() == Appeal.AppellateForum.SUPREME_COURT
                ? current.stream().filter(a -> a.forum() == Appeal.AppellateForum.HIGH_COURT).flatMap(a -> a.finalOn().stream())
                        .max(LocalDate::compareTo).or(() -> trialJudgmentOn(accusedId))
                : trialJudgmentOn(accusedId);
        Appeal appeal = filing.against(judgmentOn.orElse(filing.filedOn()));
        APPEALS.mayFile(status, name, appeal, effectiveCharges(accusedId), judgmentOn, current).orThrow();
        DATES.mayRecord("appeal", filing.filedOn(), latestDate(), today).orThrow();
        appeals.add(appeal);
        pendingEvents.add(new AppealFiled(id, appeal));
    }

    /** The appellate court admits the appeal to be heard, or dismisses it in limine with its reason (s.421 CrPC). */
    public void orderAdmission(AppealId appealId, Appeal.Admission order, LocalDate today) {
        Appeal appeal = existingAppeal(appealId);
        InvalidValueException.required(order, "admission order");
        APPEALS.mayAdmit(appeal, order).orThrow();
        DATES.mayRecord("admission of the appeal", order.on(), latestDate(), today).orThrow();
        appeals.set(appeals.indexOf(appeal), appeal.withAdmission(order));
        pendingEvents.add(new AppealAdmissionOrdered(id, appealId, order));
        if (!order.admitted()) {
            endSuspension(appeal, order.on());
        }
    }

    /**
     * The appellate court decides an admitted appeal (s.423 CrPC). A sentence it passes lies within
     * the statute's range like any sentence. The bail of a suspended sentence ends with an appeal
     * that leaves a conviction standing (the convict goes back to custody); an acquittal on appeal
     * releases the accused; a retrial sets their verdicts, sentences and sentencing order aside and
     * puts a DECIDED case back ON_TRIAL.
     */
    public void decideAppeal(AppealId appealId, Appeal.Decision decision, StatuteCatalogue catalogue, LocalDate today) {
        Appeal appeal = existingAppeal(appealId);
        InvalidValueException.required(decision, "appellate decision");
        InvalidValueException.required(catalogue, "statute catalogue");
        PersonId accusedId = appeal.accused();
        List<Offence> effective = effectiveCharges(accusedId);
        APPEALS.mayDecide(appeal, decision, effective, currentAppeals(accusedId)).orThrow();
        for (Appeal.AppellateSentence passed : decision.sentences()) {
            Offence charge = offence(passed.charge());
            SENTENCING.assess(statute(catalogue, charge), charge, passed.sentence()).orThrow();
        }
        DATES.mayRecord("appellate decision", decision.on(), latestDate(), today).orThrow();
        appeals.set(appeals.indexOf(appeal), appeal.withDecision(decision,
                effective.stream().filter(Offence::isConvicted).map(Offence::id).toList()));
        pendingEvents.add(new AppealDecided(id, appealId, accusedId, decision));
        switch (decision.outcome()) {
            case APPEAL_DISMISSED, SENTENCE_REDUCED, SENTENCE_ENHANCED -> {
                if (appeal.appellant() == Appeal.Appellant.CONVICT) {
                    endSuspension(appeal, decision.on());
                }
            }
            case ACQUITTED_ON_APPEAL -> release(accusedId, decision.on());
            case RETRIAL_ORDERED -> orderRetrial(accusedId, decision.on());
            case CONVICTED_ON_APPEAL -> {
                // The appellate court's warrant is executed by the jail authorities: nothing recorded here.
            }
        }
    }

    /** s.426 CrPC: pending the convict's appeal, the appellate court suspends the sentence and releases them on bail. */
    public void suspendSentence(AppealId appealId, LocalDate on, LocalDate today) {
        Appeal appeal = existingAppeal(appealId);
        InvalidValueException.required(on, "date of the suspension");
        PersonId accusedId = appeal.accused();
        CustodyChange current = custodyOf(accusedId);
        APPEALS.maySuspendSentence(nameOf(accusedId), appeal, current.status()).orThrow();
        if (on.isBefore(appeal.filedOn())) {
            throw new InvariantViolation(Rule.SUSPENSION_OF_SENTENCE, "the sentence is suspended pending an appeal, not"
                    + " before it was filed on " + appeal.filedOn());
        }
        DATES.mayRecord("suspension of the sentence", on, latestDate(), today).orThrow();
        appeals.set(appeals.indexOf(appeal), appeal.withSentenceSuspended(on));
        pendingEvents.add(new SentenceSuspended(id, appealId, on));
        recordCustody(CustodyChange.of(accusedId, CustodyStatus.ON_BAIL, on));
    }

    /** Every appeal and revision of the case, in the order filed. */
    public List<Appeal> appeals() {
        return List.copyOf(appeals);
    }

    public Optional<Appeal> appeal(AppealId appealId) {
        return appeals.stream().filter(a -> a.id().equals(appealId)).findFirst();
    }

    /**
     * The accused's charges as the latest final decision left them: the trial court's verdicts and
     * sentences, changed by each appeal decided since the accused was last tried, in the order decided
     * (a sentence reduced or enhanced, a conviction set aside, an acquittal reversed).
     */
    public List<Offence> effectiveCharges(PersonId accusedId) {
        return history(accusedId).effectiveCharges();
    }

    /** The accused's appeals since their last retrial was ordered: those that bear on the judgment in force. */
    private List<Appeal> currentAppeals(PersonId accusedId) {
        return history(accusedId).current();
    }

    private AppellateHistory history(PersonId accusedId) {
        return new AppellateHistory(accusedId, offences, appeals, sentencingOrder(accusedId));
    }

    /** The trial court's judgment on the accused: its last verdict, sentence or sentencing order, once every charge has a verdict. */
    private Optional<LocalDate> trialJudgmentOn(PersonId accusedId) {
        if (!isTried(accusedId)) {
            return Optional.empty();
        }
        return Stream.of(chargesOf(accusedId).stream().flatMap(o -> o.verdictGiven().stream()).map(Verdict::date),
                        chargesOf(accusedId).stream().flatMap(o -> o.sentencePassed().stream()).map(Sentence::pronouncedOn),
                        sentencingOrder(accusedId).stream().map(SentencingOrder::pronouncedOn))
                .flatMap(s -> s).max(LocalDate::compareTo);
    }

    private Appeal existingAppeal(AppealId appealId) {
        InvalidValueException.required(appealId, "appeal id");
        return appeal(appealId).orElseThrow(() -> new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                "no appeal " + appealId + " in this case"));
    }

    /** The bail of a suspended sentence ends with the appeal: the convict is back in custody. */
    private void endSuspension(Appeal appeal, LocalDate on) {
        if (appeal.sentenceSuspendedOn() != null && custodyOf(appeal.accused()).status() == CustodyStatus.ON_BAIL) {
            recordCustody(CustodyChange.of(appeal.accused(), CustodyStatus.IN_CUSTODY, on));
        }
    }

    /** Acquitted: released from custody or from their bail bond, no longer held for the case. */
    private void release(PersonId accusedId, LocalDate on) {
        CustodyStatus now = custodyOf(accusedId).status();
        if (now == CustodyStatus.IN_CUSTODY || now == CustodyStatus.ON_BAIL) {
            recordCustody(CustodyChange.of(accusedId, CustodyStatus.NOT_ARRESTED, on));
        }
    }

    private void orderRetrial(PersonId accusedId, LocalDate on) {
        for (Offence charge : chargesOf(accusedId)) {
            replace(charge, Offence.charged(charge.id(), charge.accused(), charge.statute(), charge.victims(),
                    charge.facts()));
        }
        sentencingOrders.removeIf(o -> o.accused().equals(accusedId));
        if (status == CaseStatus.DECIDED) {
            status = CaseStatus.ON_TRIAL;
            statusDates.put(CaseStatus.ON_TRIAL, on);
        }
    }

    private static Stream<LocalDate> appealDates(Appeal a) {
        return Stream.of(Stream.of(a.filedOn()), a.admitted().stream().map(Appeal.Admission::on),
                a.decided().stream().map(Appeal.Decision::on), a.suspension().stream()).flatMap(s -> s);
    }

    /**
     * Whether the case can be decided now: every charge has its verdict and every conviction its
     * sentence, and no accused is at large (their part would be left open, s.512 CrPC).
     */
    public PolicyDecision mayDecide() {
        return PROCEEDINGS.mayDecide(offences).and(() -> accused.stream()
                .filter(a -> custodyOf(a.trafficker().id()).status().isAtLarge()).findFirst()
                .<PolicyDecision>map(a -> PolicyDecision.refuse(Rule.ABSCONDER_PART_OPEN, a.trafficker().name() + " is "
                        + custodyOf(a.trafficker().id()).status() + ": the case is decided when their part is tried too; "
                        + "the trial of the others goes on (s.512 CrPC)"))
                .orElse(PolicyDecision.allow()));
    }

    /** The accused's custody now: the latest entry of their history, or not arrested since they were added. */
    public CustodyChange custodyOf(PersonId accusedId) {
        Accused a = accusedPerson(InvalidValueException.required(accusedId, "accused"))
                .orElseThrow(() -> new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                        "no accused " + accusedId + " in this case"));
        CustodyChange latest = null;
        for (CustodyChange change : custody) {
            if (change.accused().equals(accusedId)) {
                latest = change;
            }
        }
        return latest != null ? latest : CustodyChange.of(accusedId, CustodyStatus.NOT_ARRESTED, a.addedOn());
    }

    /** Every custody status the accused has been in, in order, starting with not arrested when added. */
    public List<CustodyChange> custodyHistory(PersonId accusedId) {
        List<CustodyChange> history = new ArrayList<>();
        Accused a = accusedPerson(accusedId).orElseThrow(() -> new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                "no accused " + accusedId + " in this case"));
        history.add(CustodyChange.of(accusedId, CustodyStatus.NOT_ARRESTED, a.addedOn()));
        custody.stream().filter(c -> c.accused().equals(accusedId)).forEach(history::add);
        return history;
    }

    public List<BailApplication> bailApplications() {
        return List.copyOf(bail);
    }

    public Optional<BailApplication> bailApplication(BailApplicationId applicationId) {
        return bail.stream().filter(b -> b.id().equals(applicationId)).findFirst();
    }

    /**
     * The day the charge was brought, which the yearly figures count the accused as prosecuted from:
     * a supplementary charge sheet's day, or the case's charge sheet's.
     */
    public Optional<LocalDate> chargedOn(OffenceId offenceId) {
        return chargedBySupplementarySheetOn(offenceId).or(() -> enteredOn(CaseStatus.CHARGE_SHEET_FILED));
    }

    /** The day a supplementary charge sheet brought the charge; empty for a charge of the case's charge sheet. */
    public Optional<LocalDate> chargedBySupplementarySheetOn(OffenceId offenceId) {
        return Optional.ofNullable(supplementaryCharges.get(offenceId));
    }

    // ---------------------------------------------------------------- queries

    public CaseId id() {
        return id;
    }

    public long version() {
        return version;
    }

    public FirNumber firNumber() {
        return firNumber;
    }

    /** The code of the office that holds the case, as the older API named it (an FIA circle). */
    public FiaCircle circle() {
        return office.asCircle();
    }

    /** The office that investigates the case now. */
    public InvestigatingOffice office() {
        return office;
    }

    /**
     * The office that held the case on a day: the office a transfer on or before that day moved it
     * to, else the office where the FIR was registered. The figures are split by it.
     */
    public InvestigatingOffice officeOn(LocalDate day) {
        InvalidValueException.required(day, "day");
        InvestigatingOffice held = registeredAt();
        for (CaseTransfer transfer : transfers) {
            if (!transfer.on().isAfter(day)) {
                held = transfer.to();
            }
        }
        return held;
    }

    /** The office where the FIR was registered: its number is that office's. */
    public InvestigatingOffice registeredAt() {
        return transfers.isEmpty() ? office : transfers.get(0).from();
    }

    /** Every transfer of the case, oldest first. */
    /** The accused's custody histories, bail applications and supplementary charges. */
    public AccusedProceedings proceedings() {
        return new AccusedProceedings(custody, bail, supplementaryCharges, appeals);
    }

    /** The day the case entered each status it has passed through. */
    public Map<CaseStatus, LocalDate> statusDates() {
        return Map.copyOf(statusDates);
    }

    public List<CaseTransfer> transfers() {
        return List.copyOf(transfers);
    }

    public LocalDate registeredOn() {
        return statusDates.get(CaseStatus.REGISTERED);
    }

    public Set<StatuteCode> firSections() {
        return Collections.unmodifiableSet(firSections);
    }

    /**
     * Sections of other laws the FIR cites (e.g. of the Emigration Ordinance before the catalogue
     * has them), as written: never a statute of the catalogue, so never charged, advised on,
     * checked for mischarging or counted in the figures.
     */
    public List<String> otherSections() {
        return otherSections;
    }

    public CaseStatus status() {
        return status;
    }

    /** Who works on the case. */
    public CaseAssignment assignment() {
        return assignment;
    }

    /** The facts the investigation has recorded, if it has. */
    public Optional<OffenceFacts> recordedFacts() {
        return Optional.ofNullable(recordedFacts);
    }

    public Optional<LocalDate> enteredOn(CaseStatus s) {
        return Optional.ofNullable(statusDates.get(s));
    }

    public Optional<String> investigationClosedReason() {
        return Optional.ofNullable(investigationClosedReason);
    }

    public List<Victim> victims() {
        return List.copyOf(victims);
    }

    public Optional<Victim> victim(PersonId personId) {
        return victims.stream().filter(v -> v.id().equals(personId)).findFirst();
    }

    public List<Accused> accused() {
        return List.copyOf(accused);
    }

    public Optional<Accused> accusedPerson(PersonId personId) {
        return accused.stream().filter(a -> a.trafficker().id().equals(personId)).findFirst();
    }

    public List<Offence> offences() {
        return List.copyOf(offences);
    }

    public List<Hearing> hearings() {
        return List.copyOf(hearings);
    }

    /** The judge's sentencing orders, one per accused who has one, in the order they were made. */
    public List<SentencingOrder> sentencingOrders() {
        return List.copyOf(sentencingOrders);
    }

    public Optional<SentencingOrder> sentencingOrder(PersonId accusedId) {
        return sentencingOrders.stream().filter(o -> o.accused().equals(accusedId)).findFirst();
    }

    /** The total term and release date the sentences in force imply (see {@link AppellateHistory#effectiveTerm}). */
    public Optional<EffectiveTerm> effectiveTerm(PersonId accusedId) {
        return history(accusedId).effectiveTerm();
    }

    /** Warnings that do not block the case (invariant 6), for the prosecutor to look at. */
    public List<CaseWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** The latest business date recorded in the case; new dates may not be earlier. */
    public LocalDate latestDate() {
        Stream<LocalDate> dates = Stream.of(
                statusDates.values().stream(),
                accused.stream().map(Accused::addedOn),
                hearings.stream().map(Hearing::date),
                offences.stream().flatMap(o -> o.verdictGiven().stream()).map(Verdict::date),
                offences.stream().flatMap(o -> o.sentencePassed().stream()).map(Sentence::pronouncedOn),
                sentencingOrders.stream().map(SentencingOrder::pronouncedOn),
                transfers.stream().map(CaseTransfer::on),
                proceedingDates())
                .flatMap(s -> s);
        return dates.max(LocalDate::compareTo).orElseThrow();
    }

    // ---------------------------------------------------------------- internals

    private void changeCustody(PersonId accusedId, CustodyStatus to, String what, LocalDate on, LocalDate today) {
        checkedCustodyMove(accusedId, to, what, on, today);
        recordCustody(CustodyChange.of(accusedId, to, on));
    }

    private CustodyChange checkedCustodyMove(PersonId accusedId, CustodyStatus to, String what, LocalDate on,
                                             LocalDate today) {
        CustodyChange current = custodyOf(accusedId);
        CUSTODY.mayChange(status, nameOf(accusedId), isTried(accusedId), current.status(), to).orThrow();
        DATES.mayRecord(what, on, latestDate(), today).orThrow();
        return current;
    }

    private void recordCustody(CustodyChange change) {
        custody.add(change);
        pendingEvents.add(new CustodyChanged(id, change));
    }

    private String nameOf(PersonId accusedId) {
        return accusedPerson(accusedId).map(a -> a.trafficker().name()).orElseThrow(() -> new InvariantViolation(
                Rule.PARTIES_OF_THE_CASE, "no accused " + accusedId + " in this case"));
    }

    private List<Offence> chargesOf(PersonId accusedId) {
        return offences.stream().filter(o -> o.accused().equals(accusedId)).toList();
    }

    /** Charged, and every charge has its verdict: the accused's own trial has ended. */
    private boolean isTried(PersonId accusedId) {
        List<Offence> charges = chargesOf(accusedId);
        return !charges.isEmpty() && charges.stream().allMatch(Offence::isDecided);
    }

    /**
     * Whether every offence the accused faces is bailable: their charges, or before they are
     * charged the FIR's sections in the version in force on the offence date (the registration
     * date while no facts are recorded). A section the catalogue does not hold, or one of another
     * law, leaves bail to the court's discretion: the right is recognised only where it is known.
     */
    private boolean facesOnlyBailableOffences(PersonId accusedId, StatuteCatalogue catalogue) {
        List<Offence> charges = chargesOf(accusedId);
        if (!charges.isEmpty()) {
            return charges.stream().allMatch(o -> catalogue.find(o.statute())
                    .map(s -> s.procedure().bailable()).orElse(false));
        }
        if (!otherSections.isEmpty()) {
            return false;
        }
        LocalDate day = recordedFacts != null ? recordedFacts.offenceDate() : registeredOn();
        return firSections.stream().allMatch(code -> catalogue.inForceOn(code, day)
                .or(() -> catalogue.latestVersionOf(code)).map(s -> s.procedure().bailable()).orElse(false));
    }

    private BailApplication existingBailApplication(BailApplicationId applicationId) {
        InvalidValueException.required(applicationId, "bail application id");
        return bailApplication(applicationId).orElseThrow(() -> new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                "no bail application " + applicationId + " in this case"));
    }

    private Stream<LocalDate> proceedingDates() {
        return Stream.of(custody.stream().map(CustodyChange::since),
                bail.stream().map(BailApplication::filedOn),
                bail.stream().flatMap(b -> b.decided().stream()).map(BailApplication.Decision::on),
                bail.stream().flatMap(b -> b.cancelled().stream()).map(BailApplication.Cancellation::on),
                supplementaryCharges.values().stream(),
                appeals.stream().flatMap(Case::appealDates)).flatMap(s -> s);
    }

    private void moveTo(CaseStatus target, String what, LocalDate on, LocalDate today,
                        Function<LocalDate, StatusEntered> happened) {
        LIFECYCLE.mayMove(status, target).orThrow();
        DATES.mayRecord(what, on, latestDate(), today).orThrow();
        statusDates.put(target, on);
        status = target;
        pendingEvents.add(happened.apply(on));
    }

    private Offence checkedOffence(Charge charge, StatuteCatalogue catalogue, LocalDate filedOn) {
        if (accusedPerson(charge.accused()).isEmpty()) {
            throw new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                    "the accused of a charge must first be added to the case (" + charge.accused() + ")");
        }
        List<Victim> concerned = new ArrayList<>();
        for (PersonId victimId : charge.victims()) {
            concerned.add(victim(victimId).orElseThrow(() -> new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                    "the victims of a charge must be victims of the case (" + victimId + ")")));
        }
        if (charge.facts().offenceDate().isAfter(filedOn)) {
            throw new InvariantViolation(Rule.BUSINESS_DATE, "the offence date " + charge.facts().offenceDate()
                    + " is after the charge sheet date " + filedOn);
        }
        FACT_DATES.wereBornBy(charge.facts().offenceDate(), concerned).orThrow();
        Statute statute = catalogue.find(charge.statute()).orElseThrow(() -> new InvariantViolation(
                Rule.LAW_IN_FORCE, charge.statute() + " is not in the statute catalogue"));
        ChargePolicy.assessAll(new ChargeProposal(statute, charge.facts(), concerned)).orThrow();
        return Offence.charged(charge.id(), charge.accused(), charge.statute(),
                new LinkedHashSet<>(charge.victims()), charge.facts());
    }

    private static List<String> otherLawSections(List<String> sections) {
        if (sections == null) {
            return List.of();
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String section : sections) {
            distinct.add(InvalidValueException.requiredText(section, "a section of another law"));
        }
        return List.copyOf(distinct);
    }

    private Offence offence(OffenceId offenceId) {
        InvalidValueException.required(offenceId, "offence id");
        return offences.stream().filter(o -> o.id().equals(offenceId)).findFirst()
                .orElseThrow(() -> new InvariantViolation(Rule.PARTIES_OF_THE_CASE,
                        "no charge " + offenceId + " in this case"));
    }

    private static Statute statute(StatuteCatalogue catalogue, Offence offence) {
        return catalogue.find(offence.statute()).orElseThrow(() -> new InvariantViolation(Rule.LAW_IN_FORCE,
                offence.statute() + " is not in the statute catalogue"));
    }

    private void replace(Offence old, Offence updated) {
        offences.set(offences.indexOf(old), updated);
    }

    @Override
    public String toString() {
        return "Case[" + id + ", FIR " + firNumber + ", " + office.code() + ", " + status + ", v" + version + "]";
    }
}
