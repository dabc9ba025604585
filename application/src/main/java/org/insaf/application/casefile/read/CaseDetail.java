package org.insaf.application.casefile.read;

import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.offence.VerdictEffect;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.StatutoryCondition;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case as it is read: everything the API shows of it, in the order it shows it, as plain values,
 * and never a victim's identity (read by victim id, audited). Built from a case by
 * {@link CaseProjection}, kept by the writes and read back whole; no rule is applied to it. Values
 * shown as absent are null; lists are never null. Enum sets are sorted by their natural order.
 *
 * @param id           the case id (a UUID's text)
 * @param office       the code of the office that holds the case (the FIA circle, as the older API named it)
 * @param firSections  the statute codes the FIR names, sorted
 * @param registeredOn the day the FIR was registered, the first key of the list order
 * @param statusDates  each status the case has been in, in the order it entered them
 * @param sentencingOrders the judge's order over each convicted accused's sentences, in the order made
 * @param investigatingOffice the office that holds the case now
 * @param registeredAt the office where the FIR was registered
 * @param transfers    the case's transfers, oldest first
 * @param appellate    the appeals of each accused who has any, and what the latest final decision left in force
 */
public record CaseDetail(String id, long version, String firNumber, String office, List<String> firSections,
                         List<String> otherSections, CaseStatus status, LocalDate registeredOn,
                         List<StatusDate> statusDates, String investigationClosedReason, List<Victim> victims,
                         List<Accused> accused, List<Charge> charges, List<Hearing> hearings, List<Warning> warnings,
                         Assignment assignment, Facts recordedFacts, List<SentencingOrder> sentencingOrders,
                         Office investigatingOffice, Office registeredAt, List<Transfer> transfers,
                         List<Appellate> appellate) {

    public CaseDetail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(assignment, "assignment");
        firSections = List.copyOf(firSections);
        otherSections = List.copyOf(otherSections);
        statusDates = List.copyOf(statusDates);
        victims = List.copyOf(victims);
        accused = List.copyOf(accused);
        charges = List.copyOf(charges);
        hearings = List.copyOf(hearings);
        warnings = List.copyOf(warnings);
        sentencingOrders = sentencingOrders == null ? List.of() : List.copyOf(sentencingOrders);
        Objects.requireNonNull(investigatingOffice, "investigatingOffice");
        Objects.requireNonNull(registeredAt, "registeredAt");
        transfers = List.copyOf(transfers);
        appellate = appellate == null ? List.of() : List.copyOf(appellate);
    }

    /** A case none of whose accused has appealed. */
    public CaseDetail(String id, long version, String firNumber, String office, List<String> firSections,
                      List<String> otherSections, CaseStatus status, LocalDate registeredOn,
                      List<StatusDate> statusDates, String investigationClosedReason, List<Victim> victims,
                      List<Accused> accused, List<Charge> charges, List<Hearing> hearings, List<Warning> warnings,
                      Assignment assignment, Facts recordedFacts, List<SentencingOrder> sentencingOrders,
                      Office investigatingOffice, Office registeredAt, List<Transfer> transfers) {
        this(id, version, firNumber, office, firSections, otherSections, status, registeredOn, statusDates,
                investigationClosedReason, victims, accused, charges, hearings, warnings, assignment, recordedFacts,
                sentencingOrders, investigatingOffice, registeredAt, transfers, List.of());
    }

    /**
     * This view with every part not given left empty (an empty list; null facts): what a page read
     * for those parts may hold. Every component that is no part is kept.
     */
    public CaseDetail only(Set<Part> parts) {
        return new CaseDetail(id, version, firNumber, office,
                parts.contains(Part.FIR_SECTIONS) ? firSections : List.of(),
                parts.contains(Part.OTHER_SECTIONS) ? otherSections : List.of(), status, registeredOn,
                parts.contains(Part.STATUS_DATES) ? statusDates : List.of(), investigationClosedReason,
                parts.contains(Part.VICTIMS) ? victims : List.of(),
                parts.contains(Part.ACCUSED) ? accused : List.of(),
                parts.contains(Part.CHARGES) ? charges : List.of(),
                parts.contains(Part.HEARINGS) ? hearings : List.of(),
                parts.contains(Part.WARNINGS) ? warnings : List.of(), assignment,
                parts.contains(Part.RECORDED_FACTS) ? recordedFacts : null,
                parts.contains(Part.SENTENCING_ORDERS) ? sentencingOrders : List.of(),
                investigatingOffice, registeredAt,
                parts.contains(Part.TRANSFERS) ? transfers : List.of(),
                parts.contains(Part.APPELLATE) ? appellate : List.of());
    }

    /**
     * An accused's appeals (all of them, in the order filed, those before a retrial too) and the judgment in
     * force: each charge's verdict and sentence as the latest final decision left them, and the term they add
     * up to (null where none: no conviction stands, or no order gives the terms).
     */
    public record Appellate(String accusedId, List<AppealEntry> appeals, List<EffectiveCharge> charges,
                            Integer totalTermYears, Integer totalTermMonths, Integer totalTermDays, String totalTerm,
                            LocalDate releaseDate) {
        public Appellate {
            appeals = List.copyOf(appeals);
            charges = List.copyOf(charges);
        }
    }

    /**
     * @param admitted  null until the court admits it (true) or dismisses it in limine (false)
     * @param limitationEndsOn the last day to file it where the law fixes one, else null
     */
    public record AppealEntry(String id, org.insaf.domain.casefile.Appeal.AppealKind kind,
                              org.insaf.domain.casefile.Appeal.Appellant appellant,
                              org.insaf.domain.casefile.Appeal.AppealAgainst against,
                              org.insaf.domain.casefile.Appeal.AppellateForum forum, LocalDate filedOn, LocalDate judgmentOn,
                              String grounds, LocalDate limitationEndsOn, boolean filedOutOfTime, Boolean admitted,
                              LocalDate admissionOrderedOn, String dismissalReason,
                              org.insaf.domain.casefile.Appeal.AppealOutcome outcome, LocalDate decidedOn,
                              List<ChargeSentence> sentences, LocalDate sentenceSuspendedOn) {
        public AppealEntry {
            sentences = List.copyOf(sentences);
        }
    }

    public record ChargeSentence(String chargeId, Sentence sentence) {
    }

    /** A charge as the judgment in force leaves it: its verdict (null when none) and sentence (null when none). */
    public record EffectiveCharge(String chargeId, Verdict verdict, Sentence sentence) {
    }

    /** An investigating office: province and district null where not recorded. */
    public record Office(Agency agency, String code, Province province, String district) {
    }

    public record Transfer(LocalDate on, Office from, Office to, String reason) {
    }

    public record StatusDate(CaseStatus status, LocalDate date) {
    }

    /** A victim under their pseudonym; an estimated age comes with the day it was estimated. */
    public record Victim(String id, String pseudonym, Gender gender, LocalDate dateOfBirth, Integer estimatedAge,
                         LocalDate estimatedOn, String nationality, List<VulnerabilityFactor> vulnerabilities,
                         List<Purpose> exploitation, List<ProtectionMeasure> protection,
                         RecruiterRelation recruiterRelation) {
        public Victim {
            vulnerabilities = List.copyOf(vulnerabilities);
            exploitation = List.copyOf(exploitation);
            protection = List.copyOf(protection);
        }
    }

    /**
     * @param links                         ids of the accused this one works with
     * @param custody                       where the accused is now, since {@code custodySince}
     * @param custodyHistory                every custody status they have been in, in order, the current one last
     * @param bailApplications              the bail applications made for them, in order
     * @param chargedBySupplementarySheetOn the day a supplementary charge sheet charged them; null if the
     *                                      case's charge sheet did, or nobody has charged them
     */
    public record Accused(String id, TraffickerKind kind, String name, String cnic, List<TraffickerRole> roles,
                          String nationality, List<String> links, String nonPunishmentJustification,
                          CustodyStatus custody, LocalDate custodySince, List<CustodyEntry> custodyHistory,
                          List<Bail> bailApplications, LocalDate chargedBySupplementarySheetOn) {
        public Accused {
            roles = List.copyOf(roles);
            links = List.copyOf(links);
            custodyHistory = custodyHistory == null ? List.of() : List.copyOf(custodyHistory);
            bailApplications = bailApplications == null ? List.of() : List.copyOf(bailApplications);
        }
    }

    /** @param proclamationPublishedOn for a proclaimed offender, the day of the s.87 CrPC proclamation */
    public record CustodyEntry(CustodyStatus status, LocalDate since, LocalDate proclamationPublishedOn,
                               boolean propertyAttached) {
    }

    /** A bail application and the court's orders on it; absent parts are null. */
    public record Bail(String id, String court, LocalDate filedOn, BailApplication.Applicant appliedBy,
                       BailApplication.Outcome outcome, LocalDate decidedOn, Long suretyPkr, String reason,
                       LocalDate cancelledOn, String cancellationReason) {
    }

    /** One count: its statute is named by code and version; the catalogue in memory describes it. */
    public record Charge(String id, String accusedId, String statuteCode, int statuteVersion, List<String> victimIds,
                         Facts facts, Verdict verdict, Sentence sentence) {
        public Charge {
            victimIds = List.copyOf(victimIds);
        }
    }

    /**
     * @param compoundedBy  the id of the victim who compounded (COMPOUNDED only)
     * @param accusedDiedOn the day the accused died (ABATED only)
     */
    public record Verdict(VerdictOutcome outcome, LocalDate date, boolean onGuiltyPlea, VerdictEffect effect,
                          String compoundedBy, LocalDate accusedDiedOn) {
    }

    /**
     * The judge's order over one accused's sentences, with what it adds up to.
     *
     * @param totalTermYears the runs' lengths added up (with months and days), before the custody credit
     * @param releaseDate    the day the imprisonment ends; null where there is none, or it is for life or death
     */
    public record SentencingOrder(String accusedId, LocalDate pronouncedOn, List<ChargeDirection> directions,
                                  int custodyCreditDays, List<Compensation> compensation, int totalTermYears,
                                  int totalTermMonths, int totalTermDays, String totalTerm, LocalDate releaseDate) {
        public SentencingOrder {
            directions = List.copyOf(directions);
            compensation = List.copyOf(compensation);
        }
    }

    /** @param run null unless the sentence is a term; terms of one run run concurrently, runs one after another */
    public record ChargeDirection(String chargeId, Integer run, ImprisonmentDescription description,
                                  Integer inDefaultYears, Integer inDefaultMonths, Integer inDefaultDays) {
    }

    public record Compensation(String victimId, long amountPkr, CompensationLaw under) {
    }

    /** @param description the sentence in words, as the domain states it */
    public record Sentence(LocalDate pronouncedOn, SentenceKind kind, Integer termYears, Integer termMonths,
                           Integer termDays, Long finePkr, String description) {
    }

    /** @param route ISO 3166-1 alpha-2 codes from the start to the end of the route */
    public record Facts(List<Act> acts, List<Means> means, List<Purpose> purposes, List<String> route,
                        LocalDate offenceDate, List<StatutoryCondition> circumstances) {
        public Facts {
            acts = List.copyOf(acts);
            means = List.copyOf(means);
            purposes = List.copyOf(purposes);
            route = List.copyOf(route);
            circumstances = List.copyOf(circumstances);
        }
    }

    public record Hearing(LocalDate date, String court, String proceedings, LocalDate nextDate) {
    }

    public record Warning(Rule rule, String accusedId, String message) {
    }

    /** User ids of the identity provider; null where nobody is assigned. */
    public record Assignment(String investigator, String prosecutor, String court, String judge) {
    }

    /**
     * The parts of a case a reader of a page may leave out, each one of the components above: a page
     * read for some parts holds at least those, and may hold the others empty (an empty list; null
     * facts). Every other component (the id, version, FIR number, office, status, registration day,
     * the reason an investigation closed, the assignment and the two offices) is always read.
     */
    public enum Part {
        FIR_SECTIONS("firSections"), OTHER_SECTIONS("otherSections"), STATUS_DATES("statusDates"),
        VICTIMS("victims"), ACCUSED("accused"), CHARGES("charges"), HEARINGS("hearings"), WARNINGS("warnings"),
        RECORDED_FACTS("recordedFacts"), SENTENCING_ORDERS("sentencingOrders"), TRANSFERS("transfers"),
        APPELLATE("appellate");

        /** Every part: what a reader gets who names none. */
        public static final Set<Part> ALL = Collections.unmodifiableSet(EnumSet.allOf(Part.class));

        private static final Map<String, Part> BY_COMPONENT = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(Part::component, part -> part));

        private final String component;

        Part(String component) {
            this.component = component;
        }

        /** The name of the record component this part is. */
        public String component() {
            return component;
        }

        /** The part of this component's name; empty for a component always read, or for no component. */
        public static Optional<Part> ofComponent(String name) {
            return Optional.ofNullable(BY_COMPONENT.get(name));
        }
    }
}
