package org.insaf.generator;

import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.CustodyPolicy;

import org.insaf.generator.CaseStory.Abscond;
import org.insaf.generator.CaseStory.AddAccused;
import org.insaf.generator.CaseStory.ApplyForBail;
import org.insaf.generator.CaseStory.Arrest;
import org.insaf.generator.CaseStory.CancelBail;
import org.insaf.generator.CaseStory.DecideBail;
import org.insaf.generator.CaseStory.FileSupplementaryCharges;
import org.insaf.generator.CaseStory.Proclaim;
import org.insaf.generator.CaseStory.AddVictim;
import org.insaf.generator.CaseStory.Assign;
import org.insaf.generator.CaseStory.AssignLead;
import org.insaf.generator.CaseStory.CloseCase;
import org.insaf.generator.CaseStory.CloseInvestigation;
import org.insaf.generator.CaseStory.FileCharges;
import org.insaf.generator.CaseStory.OpenTrial;
import org.insaf.generator.CaseStory.PlannedCharge;
import org.insaf.generator.CaseStory.RecordFacts;
import org.insaf.generator.CaseStory.RecordHearing;
import org.insaf.generator.CaseStory.MakeSentencingOrder;
import org.insaf.generator.CaseStory.PlannedCompensation;
import org.insaf.generator.CaseStory.PlannedDirection;
import org.insaf.generator.CaseStory.RecordSentence;
import org.insaf.generator.CaseStory.RecordVerdict;
import org.insaf.generator.CaseStory.Register;
import org.insaf.generator.CaseStory.StartInvestigation;
import org.insaf.generator.CaseStory.Transfer;
import org.insaf.generator.CaseStory.Step;
import org.insaf.domain.advice.ChargeAdvisor;
import org.insaf.domain.advice.StatuteAdvice;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Penalty;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.sentencing.SentencingOrderPolicy;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.Procedure.InvestigatingAgency;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Plans the life of each generated case, from the FIR to the closing of the case or to wherever
 * it stands on the as-of day. Pure: the same seed, case number, statutes and as-of day give the same
 * story. Statutes are chosen with the domain's own {@link ChargeAdvisor} on the facts and the
 * victims each charge concerns, so a charge cites only a provision in force on the offence date,
 * within its territorial scope and with every element met; sentences lie inside the cited
 * version's range. The application checks all of it again when the story runs.
 *
 * <p>The shares follow the source document and the FIA's figures: about 3 victims and 1.5 accused
 * a case; about 60 % of investigated cases charged (2016: 60 of 98 traffickers prosecuted; 2017:
 * 53 of 90); of the accused tried to the end, a little over half convicted (2016: 25, 2017: 29).
 */
final class StoryPlanner {

    static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);

    private static final ChargeAdvisor ADVISOR = new ChargeAdvisor();
    /**
     * Offices and transfers are drawn from a stream of their own, so that the rest of every story
     * stays what the same seed gave before they were planned.
     */
    private static final long OFFICE_STREAM = 0x0FF1CEL;
    /** Of the PTPA cases of trafficking inside Pakistan, the share the police register themselves. */
    private static final double POLICE_REGISTER = 0.6;
    /** Of those the FIA registered, the share it then transfers to the police (the PTPA's division). */
    private static final double FIA_HANDS_TO_POLICE = 0.3;
    /** Transfers for other reasons: accused arrested elsewhere, a complaint of bias, a heavier load. */
    private static final double OTHER_TRANSFER = 0.03;
    private static final List<String> TRANSFER_REASONS = List.of(
            "The accused were arrested in the other office's district",
            "Transferred on the complainant's application alleging bias of the investigating officer",
            "Transferred by the head of the agency to balance the offices' load");
    private static final String PTPA_REASON =
            "Trafficking inside Pakistan: investigated by the police under the PTPA 2018";
    private static final Weighted<Scenario> SCENARIOS = Scenario.shares();
    private static final Weighted<Integer> ACCUSED_COUNTS = Weighted.with(1, 60.0).or(2, 26).or(3, 9).or(4, 3)
            .or(5, 1.5).or(6, 0.5).build();
    private static final List<String> CLOSING_REASONS = List.of(
            "Insufficient evidence to send up the accused for trial",
            "The complainant and the accused compromised; the victim withdrew the complaint",
            "The accused could not be traced; kept as untraced",
            "The victim could not be traced to record a statement",
            "The matter is a civil dispute over wages, not an offence");
    private static final String NO_OFFENCE_REASON =
            "The facts found make out no offence under a statute in force on the offence date";
    private static final List<String> PROCEEDINGS = List.of(
            "Charge framed; the accused pleaded not guilty and claimed trial",
            "Evidence of the victim recorded in camera",
            "Statement of the complainant recorded; cross-examination reserved",
            "Cross-examination of the investigating officer",
            "Adjourned: defence counsel not present",
            "Adjourned: prosecution witness did not appear; summons reissued",
            "Bail application of the accused heard and dismissed",
            "Statement of the accused under section 342 CrPC recorded",
            "Evidence of the medical officer recorded",
            "Final arguments heard; judgment reserved");

    private static final List<String> BAIL_GRANTED = List.of(
            "The investigation is complete and the accused is no longer required for it",
            "Further inquiry is needed into the accused's part (s.497(2) CrPC)",
            "The accused has been in custody for long and the trial has not begun",
            "The accused is a woman; the proviso to s.497(1) CrPC applies");
    private static final List<String> BAIL_REFUSED = List.of(
            "Prima facie the accused is connected with the offence; the victims are minors",
            "The accused may tamper with the victims and witnesses",
            "The accused belongs to an organised network and may abscond",
            "The offence falls within the prohibitory clause of s.497(1) CrPC");

    private final long seed;
    private final String firPrefix;
    private final List<Statute> statutes;
    private final StatuteCatalogue catalogue;
    private final LocalDate asOf;
    private final Weighted<Integer> years;

    /**
     * @param firPrefix starts every FIR number of the run, so that runs never collide
     * @param statutes  the catalogue, every version
     * @param asOf      no date of any story lies after it (at most the business clock's today)
     */
    StoryPlanner(long seed, String firPrefix, List<Statute> statutes, LocalDate asOf) {
        if (asOf.isBefore(FIRST_DAY)) {
            throw new IllegalArgumentException("the data runs from " + FIRST_DAY + "; the as-of day " + asOf + " is before it");
        }
        this.seed = seed;
        this.firPrefix = firPrefix;
        this.statutes = List.copyOf(statutes);
        this.catalogue = new StatuteCatalogue(statutes);
        this.asOf = asOf;
        this.years = registrationYears(asOf);
    }

    /**
     * Cases registered per year grow by about a tenth of the 2012 level a year (more circles, more
     * reporting), with a dip in 2020; the as-of year counts for the part of it that has passed.
     */
    static Weighted<Integer> registrationYears(LocalDate asOf) {
        Weighted.Builder<Integer> builder = new Weighted.Builder<>();
        for (int year = FIRST_DAY.getYear(); year <= asOf.getYear(); year++) {
            double weight = 1 + 0.1 * (year - FIRST_DAY.getYear());
            if (year == 2020) {
                weight *= 0.8;
            }
            if (year == asOf.getYear()) {
                weight *= asOf.getDayOfYear() / (double) asOf.lengthOfYear();
            }
            builder.or(year, weight);
        }
        return builder.build();
    }

    CaseStory plan(int index) {
        Sampler dice = Sampler.forCase(seed, index);
        Offices.Circle circle = Offices.SHARES.pick(dice);
        Scenario scenario = SCENARIOS.pick(dice);
        int year = years.pick(dice);
        LocalDate registeredOn = dice.dayBetween(LocalDate.of(year, 1, 1), min(LocalDate.of(year, 12, 31), asOf));
        // Most cases are reported within weeks; some exploitation went on for a year or two first.
        LocalDate offenceDate = registeredOn.minusDays((long) (Math.pow(dice.unit(), 2) * 720));
        List<String> route = scenario.routes.pick(dice);

        List<AddVictim> victims = victims(dice, scenario, route, offenceDate, registeredOn);
        List<Victim> asVictims = new ArrayList<>();
        for (int i = 0; i < victims.size(); i++) {
            asVictims.add(victims.get(i).details().toVictim(new PersonId(new UUID(index, i)),
                    Pseudonym.of(registeredOn.getYear(), i + 1), victims.get(i).identity()));
        }
        List<AddAccused> accused = accused(dice, scenario, route, victims);
        List<CaseStory.RecordParticulars> particulars = Network.dress(seed, index, accused);
        List<CaseStory.RecordVictimParticulars> victimParticulars = ReTrafficked.dress(seed, index, victims);
        OffenceFacts facts = facts(dice, scenario, route, offenceDate, victims);

        List<Step> steps = new ArrayList<>();
        String fir = firPrefix + "-" + (index + 1) + "/" + registeredOn.getYear();
        Set<StatuteCode> sections = firSections(facts, asVictims);
        Sampler places = Sampler.forCase(seed ^ OFFICE_STREAM, index);
        boolean policeMatter = policeMatter(facts, sections);
        if (policeMatter && places.chance(POLICE_REGISTER)) {
            circle = Offices.STATION_SHARES.pick(places);
        }
        Offices.Circle registeredAt = circle;
        steps.add(new Register(fir, registeredOn, sections));
        steps.addAll(victims);
        steps.addAll(accused);
        steps.addAll(particulars);
        steps.addAll(victimParticulars);
        new Timeline(dice, registeredOn).then(0, 14).ifDue(startedOn -> {
            steps.add(new StartInvestigation(startedOn));
            steps.add(new RecordFacts(facts));
            transfer(places, registeredAt, policeMatter, facts, startedOn, steps);
            investigate(dice, registeredAt, facts, asVictims, accused, new Timeline(dice, startedOn), steps);
        });
        return new CaseStory(index, circle.office(), circle.court(), scenario, steps);
    }

    /**
     * Trafficking inside Pakistan charged under the PTPA, and under no provision only the FIA
     * investigates: the police's under the PTPA 2018 (statutes.md correction 14).
     */
    private boolean policeMatter(OffenceFacts facts, Set<StatuteCode> sections) {
        List<InvestigatingAgency> agencies = sections.stream().map(catalogue::latestVersionOf)
                .flatMap(java.util.Optional::stream).map(s -> s.procedure().investigatedBy()).toList();
        return !facts.isTransnational() && agencies.contains(InvestigatingAgency.POLICE_INSIDE_FIA_ACROSS_BORDERS)
                && !agencies.contains(InvestigatingAgency.FIA);
    }

    /**
     * A few cases change office once the facts are known: the FIA hands a share of the PTPA cases of
     * trafficking inside Pakistan to the police; otherwise a case goes, rarely, to another office of
     * the agency that may investigate it (another station, or another circle for trafficking across
     * the borders). The new office's investigator is then made the lead.
     */
    private static void transfer(Sampler places, Offices.Circle from, boolean policeMatter, OffenceFacts facts,
                                 LocalDate on, List<Step> steps) {
        boolean atStation = Offices.STATIONS.contains(from);
        Offices.Circle to = null;
        String reason = null;
        if (policeMatter && !atStation && places.chance(FIA_HANDS_TO_POLICE)) {
            to = Offices.STATION_SHARES.pick(places);
            reason = PTPA_REASON;
        } else if ((atStation || facts.isTransnational()) && places.chance(OTHER_TRANSFER)) {
            to = (atStation ? Offices.STATION_SHARES : Offices.SHARES).pick(places);
            reason = places.oneOf(TRANSFER_REASONS);
        }
        if (to != null && to != from) {
            steps.add(new Transfer(to.office(), reason, on));
            steps.add(new AssignLead());
        }
    }

    // ------------------------------------------------------------------ people

    private List<AddVictim> victims(Sampler dice, Scenario scenario, List<String> route, LocalDate offenceDate,
                                    LocalDate registeredOn) {
        Scenario.Victims shape = scenario.victims;
        int bucket = shape.victimCounts().pick(dice);
        int count = switch (bucket) {
            case 3 -> dice.between(3, 4);
            case 5 -> dice.between(5, Math.max(5, shape.maxVictims()));
            default -> bucket;
        };
        boolean outbound = route.get(0).equals("PK") && route.size() > 1;
        Set<Purpose> caseExtras = EnumSet.noneOf(Purpose.class);
        shape.extra().forEach(p -> {
            if (dice.chance(0.35)) {
                caseExtras.add(p);
            }
        });
        List<AddVictim> victims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Gender gender = dice.chance(0.01) ? Gender.UNKNOWN : shape.genders().pick(dice);
            String nationality = shape.nationality() == null ? route.get(0) : shape.nationality().pick(dice);
            boolean pakistani = nationality.equals("PK");
            boolean child = shape.maxAge() < 18 || (shape.minAge() < 18 && dice.chance(shape.childShare()));
            int age = child ? dice.between(shape.minAge(), Math.min(17, shape.maxAge()))
                    : dice.between(Math.max(18, shape.minAge()), Math.max(18, shape.maxAge()));
            LocalDate born = offenceDate.minusYears(age).minusDays(dice.between(0, 364));
            double evidence = dice.unit();
            AgeEvidence ageEvidence = evidence < 0.45 ? AgeEvidence.bornOn(born)
                    : evidence < 0.9 ? AgeEvidence.estimated(Period.between(born, registeredOn).getYears(), registeredOn)
                    : AgeEvidence.unknown();
            Set<VulnerabilityFactor> vulnerabilities = dice.someOf(VulnerabilityFactor.class, shape.vulnerabilities(), 1, 3);
            if (!pakistani && dice.chance(0.5)) {
                vulnerabilities.add(VulnerabilityFactor.REFUGEE);
            }
            Set<Purpose> exploitation = EnumSet.noneOf(Purpose.class);
            exploitation.addAll(shape.exploitation().isEmpty() ? caseExtras.isEmpty()
                    ? EnumSet.of(Purpose.OTHER) : caseExtras : shape.exploitation());
            caseExtras.forEach(p -> {
                if (dice.chance(0.6)) {
                    exploitation.add(p);
                }
            });
            if (child && exploitation.contains(Purpose.FORCED_LABOUR)) {
                exploitation.add(Purpose.CHILD_LABOUR);
            }
            Set<ProtectionMeasure> protection = protection(dice, gender, child, !pakistani || outbound, pakistani);
            String name = Names.person(dice, gender, pakistani);
            String cnic = pakistani && !child && dice.chance(0.7) ? Names.cnic(dice) : null;
            String contact = dice.chance(0.5) ? Names.mobile(dice) : null;
            String address = pakistani ? Names.district(dice) : (dice.chance(0.5) ? "Shelter, " + Names.district(dice) : null);
            victims.add(new AddVictim(new VictimIdentity(name, cnic, contact, address),
                    new VictimDetails(gender, ageEvidence, CountryCode.of(nationality), vulnerabilities, exploitation,
                            protection, recruiterRelation(exploitation, child).pick(dice))));
        }
        return victims;
    }

    /**
     * Who recruited the victim, as far as the record knows: families arrange child and forced
     * marriages and hand children over for labour or begging; partners and friends lure women into
     * prostitution; labour migrants mostly meet an agent, recorded as "other". Often not known.
     */
    private static Weighted<RecruiterRelation> recruiterRelation(Set<Purpose> exploitation, boolean child) {
        if (exploitation.contains(Purpose.FORCED_MARRIAGE)) {
            return RECRUITED_INTO_MARRIAGE;
        }
        if (exploitation.contains(Purpose.SEXUAL_EXPLOITATION) || exploitation.contains(Purpose.PROSTITUTION)) {
            return RECRUITED_INTO_SEX_WORK;
        }
        return child ? RECRUITED_AS_CHILD : RECRUITED_FOR_LABOUR;
    }

    private static final Weighted<RecruiterRelation> RECRUITED_INTO_MARRIAGE = relations(0.55, 0.15, 0.05, 0.10, 0.15);
    private static final Weighted<RecruiterRelation> RECRUITED_INTO_SEX_WORK = relations(0.10, 0.20, 0.20, 0.20, 0.30);
    private static final Weighted<RecruiterRelation> RECRUITED_AS_CHILD = relations(0.35, 0.0, 0.10, 0.25, 0.30);
    private static final Weighted<RecruiterRelation> RECRUITED_FOR_LABOUR = relations(0.10, 0.02, 0.15, 0.35, 0.38);

    private static Weighted<RecruiterRelation> relations(double family, double partner, double friend, double other,
                                                         double unknown) {
        return Weighted.with(RecruiterRelation.FAMILY, family).or(RecruiterRelation.INTIMATE_PARTNER, partner)
                .or(RecruiterRelation.FRIEND, friend).or(RecruiterRelation.OTHER, other)
                .or(RecruiterRelation.UNKNOWN, unknown).build();
    }

    private static Set<ProtectionMeasure> protection(Sampler dice, Gender gender, boolean child, boolean crossedBorder,
                                                     boolean pakistani) {
        Set<ProtectionMeasure> measures = EnumSet.noneOf(ProtectionMeasure.class);
        if ((child || gender != Gender.MALE) && dice.chance(0.55)) {
            measures.add(ProtectionMeasure.SHELTER);
        }
        addSometimes(dice, measures, ProtectionMeasure.COUNSELLING, 0.35);
        addSometimes(dice, measures, ProtectionMeasure.MEDICAL_CARE, 0.3);
        addSometimes(dice, measures, ProtectionMeasure.LEGAL_AID, 0.3);
        if (crossedBorder) {
            addSometimes(dice, measures, ProtectionMeasure.REPATRIATION, 0.45);
        }
        if (!pakistani) {
            addSometimes(dice, measures, ProtectionMeasure.INTERPRETATION, 0.5);
        }
        if (child) {
            addSometimes(dice, measures, ProtectionMeasure.FAMILY_REUNIFICATION, 0.35);
        }
        addSometimes(dice, measures, ProtectionMeasure.REHABILITATION, 0.1);
        return measures;
    }

    private static void addSometimes(Sampler dice, Set<ProtectionMeasure> measures, ProtectionMeasure measure, double p) {
        if (dice.chance(p)) {
            measures.add(measure);
        }
    }

    private List<AddAccused> accused(Sampler dice, Scenario scenario, List<String> route, List<AddVictim> victims) {
        int count = ACCUSED_COUNTS.pick(dice);
        List<AddAccused> accused = new ArrayList<>();
        PersonId first = null;
        boolean foreignSource = !route.get(0).equals("PK");
        for (int i = 0; i < count; i++) {
            PersonId id = new PersonId(new UUID(dice.nextLong(), dice.nextLong()));
            Set<TraffickerRole> roles = dice.someOf(TraffickerRole.class, scenario.roles, 1, 2);
            boolean organisation = roles.contains(TraffickerRole.MILITANT_GROUP)
                    || (roles.contains(TraffickerRole.SUB_AGENT_OF_LICENSED_OEP) && dice.chance(0.3));
            Trafficker trafficker;
            if (organisation) {
                trafficker = Trafficker.organisation(id, Names.organisation(dice, roles.contains(TraffickerRole.MILITANT_GROUP)),
                        roles);
            } else {
                String nationality = foreignSource && dice.chance(0.3) ? route.get(0) : "PK";
                Gender gender = dice.chance(0.85) ? Gender.MALE : Gender.FEMALE;
                trafficker = Trafficker.person(id, Names.person(dice, gender, nationality.equals("PK")), roles,
                        CountryCode.of(nationality));
                if (nationality.equals("PK") && dice.chance(0.6)) {
                    trafficker = trafficker.withCnic(Names.cnic(dice));
                }
            }
            if (first != null && dice.chance(0.6)) {
                trafficker = trafficker.linkedTo(first);
            }
            first = first == null ? id : first;
            accused.add(new AddAccused(trafficker, Optional.empty()));
        }
        // Now and then a victim turns up as a recruiter of others: accused only with a recorded
        // justification (non-punishment), and not charged.
        if ((scenario == Scenario.INTERNAL_SEX_TRAFFICKING || scenario == Scenario.SEX_TRAFFICKING_ABROAD)
                && dice.chance(0.04)) {
            victims.stream().filter(v -> v.identity().cnic() != null).findFirst().ifPresent(v -> accused.add(new AddAccused(
                    new Trafficker(new PersonId(new UUID(dice.nextLong(), dice.nextLong())), TraffickerKind.PERSON,
                            v.identity().name(), v.identity().cnic(), Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN,
                            Set.of()),
                    Optional.of("Brought other women to the main accused while under his control; recorded as a victim "
                            + "first, and not to be punished for what she was compelled to do"))));
        }
        return accused;
    }

    private static OffenceFacts facts(Sampler dice, Scenario scenario, List<String> route, LocalDate offenceDate,
                                      List<AddVictim> victims) {
        Set<org.insaf.domain.statute.Act> acts = dice.someOf(org.insaf.domain.statute.Act.class, scenario.acts,
                scenario.minActs, scenario.maxActs);
        Set<Means> means = EnumSet.noneOf(Means.class);
        if (scenario.minMeans > 0 || dice.chance(0.7)) {
            means.add(scenario.typicalMeans);
            List<Means> others = new ArrayList<>(scenario.means);
            others.remove(scenario.typicalMeans);
            means.addAll(dice.some(others, Math.max(0, scenario.minMeans - 1), Math.max(0, scenario.maxMeans - 1)));
        }
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        victims.forEach(v -> purposes.addAll(v.details().exploitation()));
        purposes.remove(Purpose.OTHER);
        return new OffenceFacts(acts, means, purposes, new Route(route.stream().map(CountryCode::of).toList()),
                offenceDate, scenario.circumstances);
    }

    // ------------------------------------------------------------------ law

    /** The FIR is registered under the provisions that fit best: applicable ones, else the nearest in force. */
    private Set<StatuteCode> firSections(OffenceFacts facts, List<Victim> victims) {
        List<StatuteAdvice> advice = ADVISOR.advise(facts, victims, catalogue).statutes();
        Set<StatuteCode> sections = new LinkedHashSet<>();
        advice.stream().filter(StatuteAdvice::isApplicable).limit(2).forEach(a -> sections.add(a.statute().code()));
        if (sections.isEmpty()) {
            advice.stream().filter(a -> a.inForce() && a.scopeFits()).findFirst()
                    .or(() -> advice.stream().findFirst())
                    .ifPresent(a -> sections.add(a.statute().code()));
        }
        return sections;
    }

    /**
     * Charges for each accused (not every one is charged): the victims together in one count, or a
     * count per victim, under the provisions the advisor finds applicable for exactly those victims
     * — always the heaviest, sometimes others besides.
     */
    private List<PlannedCharge> charges(Sampler dice, OffenceFacts facts, List<Victim> victims, List<AddAccused> accused) {
        List<PlannedCharge> charges = new ArrayList<>();
        for (int a = 0; a < accused.size(); a++) {
            if (accused.get(a).nonPunishmentJustification().isPresent() || (a > 0 && dice.chance(0.08))) {
                continue;
            }
            List<List<Integer>> groups = new ArrayList<>();
            if (victims.size() == 1 || dice.chance(0.2)) {
                groups.add(range(0, victims.size()));
            } else {
                int single = Math.min(victims.size(), 10);
                for (int v = 0; v < single; v++) {
                    groups.add(List.of(v));
                }
                if (victims.size() > single) {
                    groups.add(range(single, victims.size()));
                }
            }
            for (List<Integer> group : groups) {
                List<StatuteAdvice> applicable = ADVISOR.advise(facts, group.stream().map(victims::get).toList(), catalogue)
                        .applicable();
                for (int s = 0; s < applicable.size() && s < 3; s++) {
                    if (s == 0 || dice.chance(0.6)) {
                        charges.add(new PlannedCharge(a, applicable.get(s).statute().code(), group));
                    }
                }
            }
        }
        return charges;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i < to; i++) {
            values.add(i);
        }
        return values;
    }

    /** The version of a charged statute that the charge cites: the one in force on the offence date. */
    private Statute cited(StatuteCode code, OffenceFacts facts) {
        return catalogue.versionToCite(code, facts.offenceDate()).cited().orElseThrow(() -> new IllegalStateException(
                code + " was charged for facts of " + facts.offenceDate() + " when no version of it was in force"));
    }

    private Sentence sentence(Sampler dice, StatuteCode code, OffenceFacts facts, LocalDate on) {
        Statute statute = cited(code, facts);
        Penalty penalty = statute.penalty();
        if (penalty.form().fineAloneAllowed() && dice.chance(0.1)) {
            Sentence fineAlone = Sentence.fineOnly(on, fine(dice, penalty));
            if (statute.assess(fineAlone, facts.purposes()).isAllowed()) {
                return fineAlone;
            }
        }
        Sentence sentence;
        if (penalty.lifeAllowed() && (!penalty.allowsTermOfYears() || dice.chance(0.05))) {
            sentence = Sentence.lifeImprisonment(on);
        } else {
            long maximum = penalty.maximumTermMonths();
            long minimum = Math.min(Math.max(penalty.minimumTermMonths(), 6), maximum);
            // Terms are pronounced in whole years where the range holds one, else in months.
            long fromYears = (minimum + 11) / 12;
            long toYears = maximum / 12;
            long months = fromYears <= toYears ? dice.between(fromYears, toYears) * 12 : dice.between(minimum, maximum);
            sentence = Sentence.imprisonment(on, Period.ofMonths((int) months).normalized());
        }
        boolean fined = switch (penalty.fineRule()) {
            case MANDATORY -> true;
            case OPTIONAL -> dice.chance(0.5);
            case NONE -> false;
        };
        return fined ? sentence.withFine(fine(dice, penalty)) : sentence;
    }

    /** A fine in tens of thousands of rupees inside the provision's bounds (PKR 50,000 to 1,000,000 where it states none). */
    private static Rupees fine(Sampler dice, Penalty penalty) {
        long high = penalty.fineMaximum().map(Rupees::amount)
                .orElse(Math.max(1_000_000L, penalty.fineMinimum().map(Rupees::amount).orElse(0L)));
        long low = Math.min(penalty.fineMinimum().map(Rupees::amount).orElse(50_000L), high);
        long amount = dice.between(low / 10_000, high / 10_000) * 10_000;
        return Rupees.of(Math.max(low, Math.min(high, Math.max(amount, 10_000))));
    }

    // ------------------------------------------------------------------ proceedings

    private void investigate(Sampler dice, Offices.Circle circle, OffenceFacts facts, List<Victim> victims,
                             List<AddAccused> accused, Timeline time, List<Step> steps) {
        if (dice.chance(0.25)) {
            String reason = dice.oneOf(CLOSING_REASONS);
            time.then(45, 540).ifDue(on -> steps.add(new CloseInvestigation(reason, on)));
            return;
        }
        List<PlannedCharge> charges = charges(dice, facts, victims, accused);
        if (charges.isEmpty()) {
            time.then(45, 300).ifDue(on -> steps.add(new CloseInvestigation(NO_OFFENCE_REASON, on)));
            return;
        }
        steps.add(new Assign(true));
        AbsconderPart absconder = absconder(dice, charges);
        List<PlannedCharge> sentUp = absconder == null ? charges : charges.stream()
                .filter(c -> c.accused() != absconder.accused()).toList();
        custody(dice, facts, ((Register) steps.get(0)).sections(), accused.size(), absconder, time, steps);
        time.then(30, 360).ifDue(filedOn -> {
            steps.add(new FileCharges(sentUp, filedOn));
            if (dice.chance(0.9)) {
                time.then(14, 150).ifDue(openedOn -> {
                    steps.add(new OpenTrial(openedOn));
                    try_(dice, circle, facts, sentUp, accused.size(), absconder, time, steps);
                });
            }
        });
    }

    // ------------------------------------------------------------------ custody, bail and absconders

    /** An accused who absconds before the charge sheet, and the charges they escape for now. */
    private record AbsconderPart(int accused, List<PlannedCharge> charges) {
    }

    /**
     * About one case in four with two or more accused charged loses one of them before the charge
     * sheet: the last one charged absconds (never the only one, so the trial of the others goes on).
     */
    private static AbsconderPart absconder(Sampler dice, List<PlannedCharge> charges) {
        List<Integer> charged = charges.stream().map(PlannedCharge::accused).distinct().toList();
        if (charged.size() < 2 || !dice.chance(0.25)) {
            return null;
        }
        int accused = charged.get(charged.size() - 1);
        return new AbsconderPart(accused, charges.stream().filter(c -> c.accused() == accused).toList());
    }

    /**
     * During the investigation most accused are arrested and some ask for bail: a bailable offence
     * gets it as of right (s.496 CrPC); for a non-bailable one a little under half are granted, with
     * the court's reason either way (s.497). A few grants are cancelled. The absconder is declared
     * absconding, and most are proclaimed offenders thirty to sixty days after the proclamation.
     */
    private void custody(Sampler dice, OffenceFacts facts, Set<StatuteCode> firSections, int accusedCount,
                         AbsconderPart absconder, Timeline time, List<Step> steps) {
        boolean bailable = firSections.stream().allMatch(code -> catalogue.inForceOn(code, facts.offenceDate())
                .or(() -> catalogue.latestVersionOf(code)).map(st -> st.procedure().bailable()).orElse(false));
        for (int a = 0; a < accusedCount; a++) {
            if ((absconder != null && absconder.accused() == a) || !dice.chance(0.6)) {
                continue;
            }
            int accused = a;
            time.then(1, 20).ifDue(on -> steps.add(new Arrest(accused, on)));
            if (!dice.chance(0.45)) {
                continue;
            }
            BailApplication.Applicant by = dice.chance(0.85) ? BailApplication.Applicant.COUNSEL
                    : BailApplication.Applicant.ACCUSED;
            time.then(2, 20).ifDue(on -> steps.add(new ApplyForBail(accused, by, on)));
            boolean granted = bailable || dice.chance(0.45);
            long surety = dice.between(5, 50) * 10_000L;
            String reason = granted ? dice.oneOf(BAIL_GRANTED) : dice.oneOf(BAIL_REFUSED);
            time.then(2, 15).ifDue(on -> steps.add(granted
                    ? new DecideBail(accused, BailApplication.Outcome.GRANTED, on, surety, reason)
                    : new DecideBail(accused, BailApplication.Outcome.REFUSED, on, null, reason)));
            if (granted && dice.chance(0.06)) {
                time.then(20, 120).ifDue(on -> steps.add(new CancelBail(accused, on,
                        "The accused threatened the victim's family while on bail")));
            }
        }
        if (absconder != null) {
            time.then(5, 40).ifDue(on -> steps.add(new Abscond(absconder.accused(), on)));
            if (dice.chance(0.7)) {
                LocalDate published = time.then(5, 30).date();
                boolean attached = dice.chance(0.4);
                time.then(CustodyPolicy.PROCLAMATION_DAYS, 60).ifDue(on -> {
                    if (!published.isAfter(asOf)) {
                        steps.add(new Proclaim(absconder.accused(), published, attached, on));
                    }
                });
            }
        }
    }

    /**
     * About half the absconders are arrested, months or years after the others were tried; a
     * supplementary charge sheet charges them and their own trial follows, then the case is decided.
     */
    private void absconderTried(Sampler dice, OffenceFacts facts, AbsconderPart absconder, int sentUp, LocalDate after,
                                Timeline time, List<Step> steps) {
        if (!dice.chance(0.55)) {
            return;
        }
        time.at(after);
        time.then(120, 900).ifDue(on -> steps.add(new Arrest(absconder.accused(), on)));
        time.then(20, 90).ifDue(on -> steps.add(new FileSupplementaryCharges(absconder.charges(), on)));
        LocalDate givenOn = time.then(90, 400).date();
        if (givenOn.isAfter(asOf)) {
            return;
        }
        List<Integer> convicted = new ArrayList<>();
        boolean guilty = dice.chance(0.55);
        for (int k = 0; k < absconder.charges().size(); k++) {
            VerdictOutcome outcome = guilty && (k == 0 || !dice.chance(0.3)) ? VerdictOutcome.CONVICTED
                    : VerdictOutcome.ACQUITTED;
            steps.add(new RecordVerdict(sentUp + k, outcome, givenOn, false, Optional.empty()));
            if (outcome == VerdictOutcome.CONVICTED) {
                convicted.add(k);
            }
        }
        LocalDate decidedOn = sentenced(dice, facts, absconder.charges(), sentUp, convicted, givenOn, steps);
        if (decidedOn != null && dice.chance(0.85)) {
            time.at(decidedOn);
            time.then(15, 120).ifDue(on -> steps.add(new CloseCase(on)));
        }
    }

    private void try_(Sampler dice, Offices.Circle circle, OffenceFacts facts, List<PlannedCharge> charges, int accusedCount,
                      AbsconderPart absconder, Timeline time, List<Step> steps) {
        int hearings = dice.between(2, 9);
        boolean decided = dice.chance(0.88);
        LocalDate date = time.then(7, 45).date();
        for (int h = 0; h < hearings; h++) {
            if (date.isAfter(asOf)) {
                return;
            }
            boolean last = h == hearings - 1;
            LocalDate next = date.plusDays(dice.between(14, 75));
            steps.add(new RecordHearing(new Hearing(date, circle.court(),
                    last && decided ? "Final arguments heard; judgment reserved" : dice.oneOf(PROCEEDINGS),
                    last && !decided ? null : next)));
            date = next;
        }
        // The judgment is given on the date the last hearing fixed for it.
        if (!decided || date.isAfter(asOf)) {
            return;
        }
        LocalDate givenOn = date;
        // Outcomes by accused, in about the proportions of trafficking trials in Pakistan: most end in a
        // conviction or an acquittal, a few in the prosecutor's withdrawal (s.494 CrPC), a very few
        // abate on the accused's death. Trafficking offences are not compoundable: no composition.
        List<VerdictOutcome> byAccused = new ArrayList<>();
        for (int a = 0; a < accusedCount; a++) {
            double roll = dice.unit();
            byAccused.add(roll < 0.58 ? VerdictOutcome.CONVICTED : roll < 0.91 ? VerdictOutcome.ACQUITTED
                    : roll < 0.985 ? VerdictOutcome.WITHDRAWN : VerdictOutcome.ABATED);
        }
        List<Integer> convicted = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (int c = 0; c < charges.size(); c++) {
            int a = charges.get(c).accused();
            boolean mainCharge = seen.add(a);
            VerdictOutcome outcome = byAccused.get(a);
            if (outcome == VerdictOutcome.ABATED) {
                // The death abates every charge of the accused at once: one step, on the first.
                if (mainCharge) {
                    steps.add(new RecordVerdict(c, outcome, givenOn, false,
                            Optional.of(max(facts.offenceDate(), givenOn.minusDays(dice.between(1, 60))))));
                }
                continue;
            }
            // A convict may still be acquitted of the lesser counts.
            if (outcome == VerdictOutcome.CONVICTED && !mainCharge && dice.chance(0.3)) {
                outcome = VerdictOutcome.ACQUITTED;
            }
            boolean plea = outcome == VerdictOutcome.CONVICTED && dice.chance(0.05);
            steps.add(new RecordVerdict(c, outcome, givenOn, plea, Optional.empty()));
            if (outcome == VerdictOutcome.CONVICTED) {
                convicted.add(c);
            }
        }
        Map<Integer, Sentence> sentences = new java.util.LinkedHashMap<>();
        LocalDate decidedOn = sentenced(dice, facts, charges, 0, convicted, givenOn, steps, sentences);
        if (decidedOn == null) {
            return;
        }
        if (absconder != null) {
            // The case waits for the absconder (s.512 CrPC): it is decided only after their trial.
            absconderTried(dice, facts, absconder, charges.size(), decidedOn, time, steps);
            return;
        }
        LocalDate appealsOver = appeals(dice, facts, charges, byAccused, sentences, decidedOn, steps);
        if (appealsOver != null && dice.chance(0.85)) {
            time.at(appealsOver);
            time.then(15, 120).ifDue(on -> steps.add(new CloseCase(on)));
        }
    }

    /**
     * Appeals after the judgment, in about the proportions of Pakistani trafficking cases: nearly half the
     * convicts appeal against the conviction (s.410 CrPC) within the 60 days of the Limitation Act; the
     * State appeals against a few acquittals (s.417) and, in a few cases, for enhancement of the sentence
     * beside the convict's appeal (a cross appeal, heard with it). Most appeals are admitted, a few
     * dismissed in limine (s.421); those admitted are decided one to three years later (s.423), connected
     * appeals in one judgment: the convict's mostly dismissed, a fifth with the sentence reduced, about a
     * third acquitted, a few sent back for retrial; the State's mostly dismissed, some convicted on appeal
     * and sentenced by the High Court. A few then petition the Supreme Court for leave (Article 185), which
     * grants it rarely and mostly dismisses; a retrial ordered is held within one and a half years.
     *
     * @param byAccused the trial's outcome for each accused (in the order they were added)
     * @param sentences the sentence of each conviction, by charge position
     * @return the day the last appeal ended, or null when one is still pending on the as-of day
     */
    private LocalDate appeals(Sampler dice, OffenceFacts facts, List<PlannedCharge> charges, List<VerdictOutcome> byAccused,
                              Map<Integer, Sentence> sentences, LocalDate judgmentOn, List<Step> steps) {
        List<CaseStory.FileAppeal> filed = new ArrayList<>();
        for (int a = 0; a < byAccused.size(); a++) {
            final int accused = a;
            boolean charged = charges.stream().anyMatch(c -> c.accused() == accused);
            boolean convict = charged && byAccused.get(a) == VerdictOutcome.CONVICTED
                    && sentences.keySet().stream().anyMatch(c -> charges.get(c).accused() == accused);
            boolean acquittedOfAll = charged && acquittedOfAll(charges, a, sentences, byAccused.get(a));
            LocalDate day = judgmentOn.plusDays(dice.between(10, 55));
            if (convict && dice.chance(0.45)) {
                filed.add(new CaseStory.FileAppeal(a, Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT,
                        Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.HIGH_COURT, day, dice.oneOf(CONVICT_GROUNDS)));
                if (dice.chance(0.08)) {
                    filed.add(new CaseStory.FileAppeal(a, Appeal.AppealKind.APPEAL, Appeal.Appellant.STATE,
                            Appeal.AppealAgainst.INADEQUATE_SENTENCE, Appeal.AppellateForum.HIGH_COURT,
                            day.plusDays(dice.between(0, 5)), dice.oneOf(ENHANCEMENT_GROUNDS)));
                }
            } else if (convict && dice.chance(0.04)) {
                // A convict who does not contest the conviction asks the High Court to revise the sentence (s.439).
                filed.add(new CaseStory.FileAppeal(a, Appeal.AppealKind.REVISION, Appeal.Appellant.CONVICT,
                        Appeal.AppealAgainst.SENTENCE, Appeal.AppellateForum.HIGH_COURT, day, dice.oneOf(REVISION_GROUNDS)));
            } else if (acquittedOfAll && dice.chance(0.08)) {
                filed.add(new CaseStory.FileAppeal(a, Appeal.AppealKind.APPEAL, Appeal.Appellant.STATE,
                        Appeal.AppealAgainst.ACQUITTAL, Appeal.AppellateForum.HIGH_COURT, day, dice.oneOf(STATE_GROUNDS)));
            }
        }
        // In the order filed; a cross appeal after the convict's of the same day.
        filed.sort(java.util.Comparator.comparing(CaseStory.FileAppeal::filedOn));
        Appellate court = new Appellate(dice, facts, charges, byAccused, sentences, steps);
        LocalDate last = court.hear(filed, judgmentOn, 300, 1100);
        if (last == null) {
            return null;
        }
        // Leave to appeal to the Supreme Court, against the High Court's decision (Article 185).
        List<CaseStory.FileAppeal> petitions = new ArrayList<>();
        for (int a : court.decidedBy.keySet()) {
            if (court.retried.contains(a)) {
                continue;
            }
            LocalDate day = max(last, court.decidedBy.get(a).plusDays(5)).plusDays(dice.between(0, 10));
            if (court.convicted(a) && dice.chance(0.15)) {
                petitions.add(new CaseStory.FileAppeal(a, Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT,
                        Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.SUPREME_COURT, day, dice.oneOf(CONVICT_GROUNDS)));
            } else if (court.acquittedOnAppeal.contains(a) && dice.chance(0.3)) {
                petitions.add(new CaseStory.FileAppeal(a, Appeal.AppealKind.APPEAL, Appeal.Appellant.STATE,
                        Appeal.AppealAgainst.ACQUITTAL, Appeal.AppellateForum.SUPREME_COURT, day, dice.oneOf(STATE_GROUNDS)));
            }
        }
        petitions.sort(java.util.Comparator.comparing(CaseStory.FileAppeal::filedOn));
        List<Integer> retrials = List.copyOf(court.retried);
        court.leaveGranted = 0.35;
        last = court.hear(petitions, last, 365, 1100, () -> court.retrials(retrials));
        return last;
    }

    /** An appellate court hearing the appeals of one case: admissions in the order filed, then decisions. */
    private final class Appellate {
        final Sampler dice;
        final OffenceFacts facts;
        final List<PlannedCharge> charges;
        final List<VerdictOutcome> byAccused;
        /** The sentence in force on each conviction, by charge position. */
        final Map<Integer, Sentence> inForce;
        final List<Step> steps;
        /** The day each accused's appeals were last decided, in the order decided. */
        final Map<Integer, LocalDate> decidedBy = new java.util.LinkedHashMap<>();
        final java.util.Set<Integer> acquittedOnAppeal = new java.util.TreeSet<>();
        final java.util.Set<Integer> convictedOnAppeal = new java.util.TreeSet<>();
        final java.util.Set<Integer> retried = new java.util.TreeSet<>();
        double leaveGranted = 0.85;
        LocalDate last;

        Appellate(Sampler dice, OffenceFacts facts, List<PlannedCharge> charges, List<VerdictOutcome> byAccused,
                  Map<Integer, Sentence> sentences, List<Step> steps) {
            this.dice = dice;
            this.facts = facts;
            this.charges = charges;
            this.byAccused = byAccused;
            this.inForce = new java.util.LinkedHashMap<>(sentences);
            this.steps = steps;
        }

        LocalDate hear(List<CaseStory.FileAppeal> filed, LocalDate since, int minDays, int maxDays) {
            return hear(filed, since, minDays, maxDays, () -> last);
        }

        /**
         * @param between what happens between the admissions and the decisions (a retrial), returning its last
         *                day, or null when it runs past the as-of day
         * @return the day of the last step, or null when a step would fall after the as-of day
         */
        LocalDate hear(List<CaseStory.FileAppeal> filed, LocalDate since, int minDays, int maxDays,
                       java.util.function.Supplier<LocalDate> between) {
            last = since;
            for (CaseStory.FileAppeal appeal : filed) {
                if (appeal.filedOn().isAfter(asOf)) {
                    return null;
                }
                steps.add(appeal);
                last = max(last, appeal.filedOn());
            }
            List<CaseStory.FileAppeal> admitted = new ArrayList<>();
            LocalDate day = last.plusDays(dice.between(15, 90));
            for (CaseStory.FileAppeal appeal : filed) {
                if (day.isAfter(asOf)) {
                    return null;
                }
                boolean admit = dice.chance(leaveGranted);
                steps.add(new CaseStory.OrderAppealAdmission(appeal.accused(), admit, day,
                        admit ? null : appeal.forum() == Appeal.AppellateForum.SUPREME_COURT
                                ? "Leave to appeal refused: no substantial question of law"
                                : "No point of law or fact arises for consideration"));
                if (admit) {
                    admitted.add(appeal);
                    if (suspends(appeal)) {
                        // Admitted, the sentence suspended and the convict released on bail in the same order (s.426).
                        steps.add(new CaseStory.SuspendSentence(appeal.accused(), day));
                    }
                } else {
                    decidedBy.put(appeal.accused(), day);
                }
                last = day;
                day = day.plusDays(dice.between(0, 20));
            }
            last = between.get();
            if (last == null) {
                return null;
            }
            day = last.plusDays(dice.between(minDays, maxDays));
            for (int i = 0; i < admitted.size(); i++) {
                CaseStory.FileAppeal appeal = admitted.get(i);
                boolean crossAppeal = i > 0 && admitted.get(i - 1).accused() == appeal.accused();
                LocalDate on = crossAppeal ? last : day;
                if (on.isAfter(asOf)) {
                    return null;
                }
                steps.add(decide(appeal, on));
                decidedBy.put(appeal.accused(), on);
                last = on;
                day = on.plusDays(dice.between(0, 60));
            }
            return last;
        }

        /** A short sentence, under five years on every charge, is often suspended pending the convict's appeal. */
        private boolean suspends(CaseStory.FileAppeal appeal) {
            boolean shortSentence = inForce.entrySet().stream().filter(e -> charges.get(e.getKey()).accused() == appeal.accused())
                    .allMatch(e -> e.getValue().kind() == SentenceKind.FINE_ONLY || e.getValue().kind() == SentenceKind.IMPRISONMENT_FOR_A_TERM
                            && e.getValue().term().toTotalMonths() < 60);
            return appeal.appellant() == Appeal.Appellant.CONVICT && convicted(appeal.accused()) && shortSentence
                    && dice.chance(0.4);
        }

        boolean convicted(int accused) {
            return !acquittedOnAppeal.contains(accused) && !retried.contains(accused)
                    && (byAccused.get(accused) == VerdictOutcome.CONVICTED || convictedOnAppeal.contains(accused));
        }

        private CaseStory.DecideAppeal decide(CaseStory.FileAppeal appeal, LocalDate on) {
            int a = appeal.accused();
            double roll = dice.unit();
            List<CaseStory.PlannedAppellateSentence> passed = new ArrayList<>();
            switch (appeal.against()) {
                case ACQUITTAL -> {
                    if (roll < 0.25) {
                        for (int c = 0; c < charges.size(); c++) {
                            if (charges.get(c).accused() == a) {
                                Sentence sentence = sentence(dice, charges.get(c).statute(), facts, on);
                                passed.add(new CaseStory.PlannedAppellateSentence(c, sentence));
                                inForce.put(c, sentence);
                            }
                        }
                        acquittedOnAppeal.remove(a);
                        convictedOnAppeal.add(a);
                        return new CaseStory.DecideAppeal(a, Appeal.AppealOutcome.CONVICTED_ON_APPEAL, on, passed);
                    }
                    if (roll < 0.30 && appeal.forum() == Appeal.AppellateForum.HIGH_COURT) {
                        retried.add(a);
                        return new CaseStory.DecideAppeal(a, Appeal.AppealOutcome.RETRIAL_ORDERED, on, List.of());
                    }
                }
                case CONVICTION -> {
                    if (roll < 0.30) {
                        acquittedOnAppeal.add(a);
                        convictedOnAppeal.remove(a);
                        return new CaseStory.DecideAppeal(a, Appeal.AppealOutcome.ACQUITTED_ON_APPEAL, on, List.of());
                    }
                    if (roll < 0.35 && appeal.forum() == Appeal.AppellateForum.HIGH_COURT) {
                        retried.add(a);
                        return new CaseStory.DecideAppeal(a, Appeal.AppealOutcome.RETRIAL_ORDERED, on, List.of());
                    }
                    if (roll < 0.55) {
                        Optional<CaseStory.DecideAppeal> changed = sentencesChanged(a, on, Appeal.AppealOutcome.SENTENCE_REDUCED,
                                StoryPlanner.this::reduced);
                        if (changed.isPresent()) {
                            return changed.get();
                        }
                    }
                }
                case SENTENCE -> {
                    if (roll < 0.35) {
                        Optional<CaseStory.DecideAppeal> changed = sentencesChanged(a, on, Appeal.AppealOutcome.SENTENCE_REDUCED,
                                StoryPlanner.this::reduced);
                        if (changed.isPresent()) {
                            return changed.get();
                        }
                    }
                }
                case INADEQUATE_SENTENCE -> {
                    // Heard with the convict's appeal: infructuous once the conviction is set aside.
                    if (convicted(a) && roll < 0.15) {
                        Optional<CaseStory.DecideAppeal> changed = sentencesChanged(a, on, Appeal.AppealOutcome.SENTENCE_ENHANCED,
                                StoryPlanner.this::enhanced);
                        if (changed.isPresent()) {
                            return changed.get();
                        }
                    }
                }
                default -> throw new IllegalStateException("not planned: an appeal against " + appeal.against());
            }
            return new CaseStory.DecideAppeal(a, Appeal.AppealOutcome.APPEAL_DISMISSED, on, List.of());
        }

        /** The decision passing the changed sentence on each of the accused's charges the change applies to; none if it applies to none. */
        private Optional<CaseStory.DecideAppeal> sentencesChanged(int accused, LocalDate on, Appeal.AppealOutcome outcome,
                                                                 SentenceChange change) {
            List<CaseStory.PlannedAppellateSentence> passed = new ArrayList<>();
            for (Map.Entry<Integer, Sentence> e : inForce.entrySet()) {
                if (charges.get(e.getKey()).accused() == accused) {
                    change.of(dice, charges.get(e.getKey()).statute(), facts, e.getValue(), on).ifPresent(changed -> {
                        passed.add(new CaseStory.PlannedAppellateSentence(e.getKey(), changed));
                        e.setValue(changed);
                    });
                }
            }
            return passed.isEmpty() ? Optional.empty() : Optional.of(new CaseStory.DecideAppeal(accused, outcome, on, passed));
        }

        /** The trial court tries again the accused sent back (s.423(1)(b) CrPC): verdicts, then the sentences. */
        LocalDate retrials(List<Integer> accused) {
            for (int a : accused) {
                LocalDate givenOn = last.plusDays(dice.between(120, 540));
                if (givenOn.isAfter(asOf)) {
                    return null;
                }
                VerdictOutcome outcome = dice.chance(0.55) ? VerdictOutcome.CONVICTED : VerdictOutcome.ACQUITTED;
                List<Integer> convictions = new ArrayList<>();
                for (int c = 0; c < charges.size(); c++) {
                    if (charges.get(c).accused() == a) {
                        steps.add(new RecordVerdict(c, outcome, givenOn, false, Optional.empty()));
                        if (outcome == VerdictOutcome.CONVICTED) {
                            convictions.add(c);
                        }
                    }
                }
                last = givenOn;
                if (!convictions.isEmpty()) {
                    LocalDate pronouncedOn = givenOn.plusDays(dice.between(0, 21));
                    if (pronouncedOn.isAfter(asOf)) {
                        return null;
                    }
                    for (int c : convictions) {
                        steps.add(new RecordSentence(c, sentence(dice, charges.get(c).statute(), facts, pronouncedOn)));
                    }
                    last = pronouncedOn;
                }
            }
            return last;
        }
    }

    @FunctionalInterface
    private interface SentenceChange {
        Optional<Sentence> of(Sampler dice, StatuteCode code, OffenceFacts facts, Sentence given, LocalDate on);
    }

    private static boolean acquittedOfAll(List<PlannedCharge> charges, int accused, Map<Integer, Sentence> sentences,
                                          VerdictOutcome outcome) {
        return outcome == VerdictOutcome.ACQUITTED && java.util.stream.IntStream.range(0, charges.size())
                .noneMatch(c -> charges.get(c).accused() == accused && sentences.containsKey(c));
    }

    /** A term of imprisonment cut to 60-80 % (whole months, the same fine), when the provision allows it. */
    private Optional<Sentence> reduced(Sampler dice, StatuteCode code, OffenceFacts facts, Sentence given, LocalDate on) {
        if (given.kind() != SentenceKind.IMPRISONMENT_FOR_A_TERM) {
            return Optional.empty();
        }
        long months = given.term().toTotalMonths();
        long cut = Math.max(1, Math.min(months - 1, months * dice.between(60, 80) / 100));
        if (cut >= months) {
            return Optional.empty();
        }
        Sentence lighter = Sentence.imprisonment(on, Period.ofMonths((int) cut).normalized());
        if (given.fineAmount().isPresent()) {
            lighter = lighter.withFine(given.fineAmount().get());
        }
        Statute statute = cited(code, facts);
        return statute.assess(lighter, facts.purposes()).isAllowed() ? Optional.of(lighter) : Optional.empty();
    }

    /** A term of imprisonment raised by a quarter to a half (whole months, the same fine), when the provision allows it. */
    private Optional<Sentence> enhanced(Sampler dice, StatuteCode code, OffenceFacts facts, Sentence given, LocalDate on) {
        if (given.kind() != SentenceKind.IMPRISONMENT_FOR_A_TERM) {
            return Optional.empty();
        }
        long months = given.term().toTotalMonths();
        long raised = months + Math.max(1, months * dice.between(25, 50) / 100);
        Sentence heavier = Sentence.imprisonment(on, Period.ofMonths((int) raised).normalized());
        if (given.fineAmount().isPresent()) {
            heavier = heavier.withFine(given.fineAmount().get());
        }
        Statute statute = cited(code, facts);
        return statute.assess(heavier, facts.purposes()).isAllowed() ? Optional.of(heavier) : Optional.empty();
    }

    private static final List<String> CONVICT_GROUNDS = List.of(
            "The prosecution did not prove the recruitment beyond reasonable doubt",
            "The victim's statement was not corroborated; the sentence is excessive",
            "The trial court ignored the defence evidence; the accused is a first offender");

    private static final List<String> REVISION_GROUNDS = List.of(
            "The sentence is harsh for a first offender who has compensated the victim",
            "The trial court did not give the benefit of s.382-B CrPC");

    private static final List<String> ENHANCEMENT_GROUNDS = List.of(
            "The sentence does not reflect that the victims were children",
            "The trial court passed the minimum although the accused ran the recruitment for years");

    private static final List<String> STATE_GROUNDS = List.of(
            "The trial court misread the victim's evidence and the travel record",
            "The acquittal rests on minor contradictions that do not go to the root of the case");

    /**
     * The judge's order over an accused's sentences, for most convicts: terms mostly concurrent
     * (s.35 CrPC), mostly rigorous, imprisonment in default of a fine within a quarter of the maximum
     * (PPC s.65), custody credited for part of the time since the offence (s.382-B), and sometimes
     * compensation to the victims (s.544-A CrPC, or the PTPA for a conviction under it).
     */
    private Optional<MakeSentencingOrder> sentencingOrder(Sampler dice, int accused, List<PlannedCharge> charges,
                                                          int offset, Map<Integer, Sentence> sentences, OffenceFacts facts,
                                                          LocalDate pronouncedOn) {
        List<Integer> convictions = sentences.keySet().stream().filter(c -> charges.get(c).accused() == accused).toList();
        if (convictions.isEmpty() || !dice.chance(0.8)) {
            return Optional.empty();
        }
        boolean consecutive = convictions.size() > 1 && dice.chance(0.3);
        List<PlannedDirection> directions = new ArrayList<>();
        int run = 0;
        boolean underPtpa = false;
        for (int c : convictions) {
            Sentence sentence = sentences.get(c);
            Statute statute = cited(charges.get(c).statute(), facts);
            underPtpa |= statute.act().startsWith(SentencingOrderPolicy.PTPA);
            boolean term = sentence.kind() == SentenceKind.IMPRISONMENT_FOR_A_TERM;
            Integer inRun = term ? (consecutive ? ++run : 1) : null;
            ImprisonmentDescription description = term
                    ? (dice.chance(0.8) ? ImprisonmentDescription.RIGOROUS : ImprisonmentDescription.SIMPLE) : null;
            Period inDefault = null;
            if (sentence.fineAmount().isPresent() && dice.chance(0.7)) {
                Penalty penalty = statute.penalty();
                long quarter = (penalty.allowsTermOfYears() ? penalty.maximumTermMonths() : 300) / 4;
                inDefault = Period.ofMonths((int) dice.between(1, Math.max(1, quarter))).normalized();
            }
            directions.add(new PlannedDirection(offset + c, inRun, description, inDefault));
        }
        long sinceOffence = pronouncedOn.toEpochDay() - facts.offenceDate().toEpochDay();
        int credit = dice.chance(0.6) ? (int) dice.between(0L, Math.min(sinceOffence, 900L)) : 0;
        List<PlannedCompensation> compensation = new ArrayList<>();
        if (dice.chance(0.25)) {
            int victim = dice.oneOf(charges.get(convictions.get(0)).victims());
            compensation.add(new PlannedCompensation(victim, Rupees.of(dice.between(5L, 50L) * 10_000),
                    underPtpa && dice.chance(0.5) ? CompensationLaw.PTPA_2018 : CompensationLaw.CRPC_544A));
        }
        return Optional.of(new MakeSentencingOrder(accused, pronouncedOn, directions, credit, compensation));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The sentences of the convictions, pronounced together within three weeks of the verdicts, and the
     * judge's order over each convict's sentences.
     *
     * @param offset    where the charges stand among the case's charges
     * @param convicted positions of the convictions among {@code charges}
     * @return the day the case's trial part ended, or null when the sentences fall after the as-of day
     */
    private LocalDate sentenced(Sampler dice, OffenceFacts facts, List<PlannedCharge> charges, int offset,
                                List<Integer> convicted, LocalDate givenOn, List<Step> steps) {
        return sentenced(dice, facts, charges, offset, convicted, givenOn, steps, new java.util.LinkedHashMap<>());
    }

    /** @param passed filled with the sentence of each conviction, by its position among {@code charges} */
    private LocalDate sentenced(Sampler dice, OffenceFacts facts, List<PlannedCharge> charges, int offset,
                                List<Integer> convicted, LocalDate givenOn, List<Step> steps, Map<Integer, Sentence> passed) {
        if (convicted.isEmpty()) {
            return givenOn;
        }
        LocalDate pronouncedOn = givenOn.plusDays(dice.between(0, 21));
        if (pronouncedOn.isAfter(asOf)) {
            return null;
        }
        Map<Integer, Sentence> sentences = passed;
        for (int c : convicted) {
            Sentence sentence = sentence(dice, charges.get(c).statute(), facts, pronouncedOn);
            sentences.put(c, sentence);
            steps.add(new RecordSentence(offset + c, sentence));
        }
        for (int a : new java.util.TreeSet<>(convicted.stream().map(c -> charges.get(c).accused()).toList())) {
            sentencingOrder(dice, a, charges, offset, sentences, facts, pronouncedOn).ifPresent(steps::add);
        }
        return pronouncedOn;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The dates of a story: each step a number of days after the one before, none after the as-of day. */
    private final class Timeline {
        private final Sampler dice;
        private LocalDate last;

        Timeline(Sampler dice, LocalDate start) {
            this.dice = dice;
            this.last = start;
        }

        Due then(int minDays, int maxDays) {
            last = last.plusDays(dice.between(minDays, maxDays));
            return new Due(last);
        }

        void at(LocalDate date) {
            last = date;
        }
    }

    private final class Due {
        private final LocalDate date;

        Due(LocalDate date) {
            this.date = date;
        }

        LocalDate date() {
            return date;
        }

        /** Runs the step when its day has come by the as-of day; otherwise the story stops here. */
        void ifDue(java.util.function.Consumer<LocalDate> step) {
            if (!date.isAfter(asOf)) {
                step.accept(date);
            }
        }
    }
}
