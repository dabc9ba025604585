package org.insaf.application.contract;

import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.casefile.StoredSnapshots;
import org.insaf.domain.casefile.Charge;
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
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatutoryCondition;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Cases for the contract kit, built with the domain alone so that any adapter can store them.
 * Pseudonym numbers are unique within a test run (a store may rightly refuse two victims with
 * one pseudonym), and every case gets a fresh id.
 */
public final class ContractCases {

    public static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    public static final LocalDate OFFENCE = LocalDate.of(2017, 2, 1);
    public static final LocalDate REGISTERED = LocalDate.of(2017, 3, 1);
    public static final StatuteCode PACHTO = StatuteCode.of("PACHTO-3");
    public static final StatuteCode EO_18 = StatuteCode.of("EO-18");
    public static final StatuteCatalogue CATALOGUE = StatuteCatalogueFixture.catalogue();

    private static final AtomicLong PSEUDONYMS = new AtomicLong(700_000);

    private ContractCases() {
    }

    public static Case registered(FiaCircle circle, String fir, LocalDate on, StatuteCode... sections) {
        return Case.register(CaseId.random(), new FirNumber(fir), circle, on, Set.of(sections), List.of(), TODAY);
    }

    /** The case with its lead investigator assigned, as registering it does. */
    public static Case record(Case c, String leadInvestigator) {
        c.assign(CaseAssignment.leadInvestigator(leadInvestigator), TODAY);
        return c;
    }

    public static OffenceFacts gulfFacts() {
        return new OffenceFacts(Set.of(Act.RECRUITMENT, Act.TRANSPORTATION), Set.of(Means.DECEPTION, Means.FRAUD),
                Set.of(Purpose.FORCED_LABOUR, Purpose.SEXUAL_EXPLOITATION), Route.of("PK", "OM", "AE"), OFFENCE,
                Set.of(StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT));
    }

    /** One change in a case's story, as a use case makes it through the case's methods. */
    public record Step(String name, UnaryOperator<Case> change) {
    }

    /**
     * A case with every part a store must keep: two victims (one with a full identity and a CNIC,
     * one of estimated age), three accused (a person with CNIC and network links, an organisation,
     * and a victim accused with a non-punishment justification), two charges with facts, a
     * mischarging warning, two hearings, a conviction with its sentence and fine, an acquittal, and
     * the decision; with the whole assignment and the recorded facts.
     */
    public static Case decided(FiaCircle circle, String fir, CaseAssignment assignment) {
        Case record = registered(circle, fir, REGISTERED, PACHTO, EO_18);
        record.assign(assignment, TODAY);
        for (Step step : decidedStory(assignment)) {
            record = step.change().apply(record);
        }
        if (record.warnings().isEmpty()) {
            throw new IllegalStateException("the kit's full case is meant to carry a mischarging warning");
        }
        return record;
    }

    /**
     * The story of {@link #decided} from a case registered under PACHTO-3 and EO-18 to its
     * decision, step by step, as use cases would change it: people added, the investigation
     * started, facts recorded, the case assigned, charged, tried, decided. Each call makes new
     * people and charges.
     */
    public static List<Step> decidedStory(CaseAssignment assignment) {
        PersonId girl = PersonId.random();
        PersonId man = PersonId.random();
        PersonId syndicate = PersonId.random();
        PersonId recruiter = PersonId.random();
        OffenceId pachto = OffenceId.random();
        OffenceId eo = OffenceId.random();
        return List.of(
                change("a victim is added", c -> c.addVictim(girl,
                        new VictimIdentity("Amina Bibi", null, "0300-1112223", "Mohalla Qadirabad, Kasur"),
                        new VictimDetails(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(2004, 6, 10)), CountryCode.PAKISTAN,
                                Set.of(VulnerabilityFactor.POVERTY, VulnerabilityFactor.FAMILY_DEBT),
                                Set.of(Purpose.SEXUAL_EXPLOITATION), Set.of(ProtectionMeasure.SHELTER, ProtectionMeasure.COUNSELLING),
                                RecruiterRelation.INTIMATE_PARTNER),
                        PSEUDONYMS.incrementAndGet())),
                change("a second victim is added", c -> c.addVictim(man,
                        new VictimIdentity("Bashir Ahmed", "35202-1234567-1", null, "Chak 12, Okara"),
                        new VictimDetails(Gender.MALE, AgeEvidence.estimated(30, LocalDate.of(2017, 3, 2)), CountryCode.of("AF"),
                                Set.of(VulnerabilityFactor.REFUGEE), Set.of(Purpose.FORCED_LABOUR), Set.of(), null),
                        PSEUDONYMS.incrementAndGet())),
                change("three accused are added", c -> {
                    c.addAccused(Trafficker.organisation(syndicate, "Gulf Manpower Syndicate",
                            Set.of(TraffickerRole.ILLEGAL_LABOUR_AGENT, TraffickerRole.FINANCIER)), null, c.latestDate(), c.latestDate());
                    c.addAccused(Trafficker.person(recruiter, "Rashid Khan",
                            Set.of(TraffickerRole.RECRUITER, TraffickerRole.SUB_AGENT_OF_LICENSED_OEP),
                            CountryCode.PAKISTAN).withCnic("35202-7654321-3").linkedTo(syndicate), null, c.latestDate(), c.latestDate());
                    c.addAccused(Trafficker.person(man, "Bashir Ahmed", Set.of(TraffickerRole.TRANSPORTER), CountryCode.of("AF")),
                            "drove later groups after his own debt was paid, not under compulsion", c.latestDate(), c.latestDate());
                }),
                change("the investigation starts", c -> c.startInvestigation(LocalDate.of(2017, 3, 5), TODAY)),
                change("facts are recorded", c -> c.recordFacts(gulfFacts(), TODAY)),
                change("the case is assigned", c -> c.assign(assignment, TODAY)),
                change("two charges are filed", c -> c.fileChargeSheet(List.of(
                                new Charge(pachto, recruiter, StatuteCatalogueFixture.PACHTO_3.ref(), Set.of(girl, man), gulfFacts()),
                                new Charge(eo, syndicate, StatuteCatalogueFixture.EO_18.ref(), Set.of(man), gulfFacts())),
                        CATALOGUE, LocalDate.of(2017, 6, 1), TODAY)),
                change("the trial opens and is first heard", c -> {
                    c.openTrial(LocalDate.of(2017, 7, 3), TODAY);
                    c.recordHearing(new Hearing(LocalDate.of(2017, 8, 1), "Sessions Court Lahore", "charges framed",
                            LocalDate.of(2017, 9, 1)), TODAY);
                }),
                change("a second hearing", c -> c.recordHearing(new Hearing(LocalDate.of(2017, 9, 1),
                        "Sessions Court Lahore", "victims examined", null), TODAY)),
                change("the verdicts", c -> {
                    c.recordVerdict(pachto, VerdictOutcome.CONVICTED, LocalDate.of(2018, 1, 15), TODAY);
                    c.recordVerdict(eo, VerdictOutcome.ACQUITTED, LocalDate.of(2018, 1, 15), TODAY);
                }),
                change("the sentence, and the case is decided", c -> {
                    c.recordSentence(pachto, Sentence.imprisonment(LocalDate.of(2018, 1, 20), Period.of(10, 6, 0))
                            .withFine(Rupees.of(250_000)), CATALOGUE, TODAY);
                    c.decide(LocalDate.of(2018, 1, 20), TODAY);
                }));
    }

    private static Step change(String name, Consumer<Case> change) {
        return new Step(name, record -> {
            change.accept(record);
            return record;
        });
    }

    /** A case dropped during investigation, with its reason. */
    public static Case dropped(FiaCircle circle, String fir, String lead) {
        Case c = registered(circle, fir, REGISTERED, StatuteCode.of("PPC-369A"));
        c.startInvestigation(LocalDate.of(2017, 3, 5), TODAY);
        c.closeInvestigation("the complainant withdrew and no other evidence was found", LocalDate.of(2017, 5, 5), TODAY);
        return record(c, lead);
    }

    /**
     * The snapshot as the store must give it back: the same in every part, at the stored version,
     * its victims without their identities (those are read apart, by victim id).
     */
    public static CaseSnapshot atVersion(CaseSnapshot s, long version) {
        return StoredSnapshots.asStored(s, version);
    }
}
