package org.insaf.generator;

import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.BailApplication;

import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The planned life of one generated case: the commands its people would send, in order. Victims,
 * accused and charges are referred to by their position in the story, because the ids of victims
 * and charges are handed out by the application when the commands run.
 *
 * @param index  the case's number in the run (0-based), which also numbers its FIR
 * @param office the code of the office that registers it (an FIA circle or a police station)
 * @param court  the sessions court that tries it, should it come to trial
 * @param scenario what kind of trafficking the case is about
 */
record CaseStory(int index, String office, String court, Scenario scenario, List<Step> steps) {

    CaseStory {
        steps = List.copyOf(steps);
    }

    long count(Class<? extends Step> kind) {
        return steps.stream().filter(kind::isInstance).count();
    }

    long charges() {
        return steps.stream().mapToLong(s -> s instanceof FileCharges f ? f.charges().size()
                : s instanceof FileSupplementaryCharges f ? f.charges().size() : 0).sum();
    }

    /** One command of the story. */
    sealed interface Step permits Register, StartInvestigation, AddVictim, AddAccused, RecordFacts, CloseInvestigation,
            Assign, FileCharges, OpenTrial, RecordHearing, RecordVerdict, RecordSentence, MakeSentencingOrder, CloseCase,
            Transfer, AssignLead, Arrest, Abscond, Proclaim, ApplyForBail, DecideBail, CancelBail, FileSupplementaryCharges,
            RecordParticulars, FileAppeal, OrderAppealAdmission, DecideAppeal, SuspendSentence {
    }

    /**
     * An appeal against the judgment as it concerns one accused: the convict's against the conviction
     * (s.410 CrPC), the State's against an acquittal or for enhancement (s.417), to the High Court, or by
     * leave to the Supreme Court against the High Court's decision (Article 185).
     *
     * @param accused position of the accused (in the order they were added)
     */
    record FileAppeal(int accused, Appeal.AppealKind kind, Appeal.Appellant appellant, Appeal.AppealAgainst against,
                      Appeal.AppellateForum forum, LocalDate filedOn, String grounds) implements Step {
    }

    /** The convict's sentence suspended pending their own appeal, and they released on bail (s.426 CrPC). */
    record SuspendSentence(int accused, LocalDate on) implements Step {
    }

    /** The accused's earliest appeal awaiting it admitted, or dismissed in limine (s.421 CrPC) with the reason. */
    record OrderAppealAdmission(int accused, boolean admitted, LocalDate on, String reason) implements Step {
    }

    /**
     * The accused's earliest admitted appeal decided (s.423 CrPC; connected appeals are decided in the order
     * filed), with the sentences it passes on charges at these positions.
     */
    record DecideAppeal(int accused, Appeal.AppealOutcome outcome, LocalDate on, List<PlannedAppellateSentence> sentences)
            implements Step {
    }

    record PlannedAppellateSentence(int charge, Sentence sentence) {
    }

    /**
     * What the investigation recorded of the person behind an accused (issue 18).
     *
     * @param accused           position of the accused (in the order they were added)
     * @param networkRecruiter  which of the network's recruiters the accused is ({@link Network}), -1 for none:
     *                          the known duplicates that matching is measured against
     */
    record RecordParticulars(int accused, org.insaf.domain.person.registry.PersonParticulars particulars,
                             int networkRecruiter) implements Step {
    }

    record Register(String firNumber, LocalDate registeredOn, Set<StatuteCode> sections) implements Step {
    }

    record StartInvestigation(LocalDate startedOn) implements Step {
    }

    record AddVictim(VictimIdentity identity, VictimDetails details) implements Step {
    }

    record AddAccused(Trafficker accused, Optional<String> nonPunishmentJustification) implements Step {
    }

    record RecordFacts(OffenceFacts facts) implements Step {
    }

    record CloseInvestigation(String reason, LocalDate closedOn) implements Step {
    }

    /** The admin transfers the case to the office of this code (a circle or station of {@link Offices}). */
    record Transfer(String office, String reason, LocalDate on) implements Step {
    }

    /** The admin makes an investigator of the office that now holds the case its lead. */
    record AssignLead() implements Step {
    }

    /** The admin puts the case on a prosecutor's desk and a judge's docket. */
    record Assign(boolean withCourt) implements Step {
    }

    /** @param victims positions of the victims (in the order they were added) */
    record PlannedCharge(int accused, StatuteCode statute, List<Integer> victims) {
    }

    record FileCharges(List<PlannedCharge> charges, LocalDate filedOn) implements Step {
    }

    record OpenTrial(LocalDate openedOn) implements Step {
    }

    record RecordHearing(Hearing hearing) implements Step {
    }

    /**
     * @param charge       position of the charge on the charge sheet
     * @param onGuiltyPlea a conviction on the accused's plea of guilty
     * @param accusedDiedOn the day of the accused's death, for an abatement
     */
    record RecordVerdict(int charge, VerdictOutcome outcome, LocalDate givenOn, boolean onGuiltyPlea,
                         Optional<LocalDate> accusedDiedOn) implements Step {
    }

    /** A direction on one conviction: its position on the charge sheet, the rest as {@link ChargeDirection}. */
    record PlannedDirection(int charge, Integer run, ImprisonmentDescription description, Period inDefaultOfFine) {
    }

    /** Compensation to the victim at this position (in the order they were added). */
    record PlannedCompensation(int victim, Rupees amount, CompensationLaw under) {
    }

    /** @param accused position of the accused (in the order they were added) */
    record MakeSentencingOrder(int accused, LocalDate pronouncedOn, List<PlannedDirection> directions,
                               int custodyCreditDays, List<PlannedCompensation> compensation) implements Step {
    }

    record RecordSentence(int charge, Sentence sentence) implements Step {
    }

    record CloseCase(LocalDate closedOn) implements Step {
    }

    /** @param accused position of the accused (in the order they were added) */
    record Arrest(int accused, LocalDate on) implements Step {
    }

    record Abscond(int accused, LocalDate on) implements Step {
    }

    record Proclaim(int accused, LocalDate publishedOn, boolean propertyAttached, LocalDate on) implements Step {
    }

    record ApplyForBail(int accused, BailApplication.Applicant appliedBy, LocalDate on) implements Step {
    }

    /** The accused's latest application decided; {@code suretyPkr} for a grant only. */
    record DecideBail(int accused, BailApplication.Outcome outcome, LocalDate on, Long suretyPkr, String reason)
            implements Step {
    }

    /** The accused's latest grant cancelled. */
    record CancelBail(int accused, LocalDate on, String reason) implements Step {
    }

    /** Charges of an absconder since arrested; their positions follow those of the charge sheet. */
    record FileSupplementaryCharges(List<PlannedCharge> charges, LocalDate filedOn) implements Step {
    }
}
