package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import org.insaf.domain.casefile.AccusedProceedings;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.BailApplicationId;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CustodyChange;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseTransfer;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictEffect;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.Compensation;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the parts of stored cases and assembles them: any number of cases in the same fixed set of
 * statements (one per table, keyed by the case ids), read-only (Hibernate keeps no copy of the rows
 * to compare). Victims come without their identities. Reads only; nothing here writes.
 */
@ApplicationScoped
class StoredCases {

    private static final Set<String> APPEALABLE = Set.of("ON_TRIAL", "DECIDED", "CLOSED");

    private final CaseFileMapper mapper;

    StoredCases(CaseFileMapper mapper) {
        this.mapper = mapper;
    }

    List<Case> assemble(List<CaseFileEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        Map<UUID, List<CaseStatusDateEntity>> dates = byCase(CaseStatusDateEntity.class, ids, r -> r.caseId, "");
        Map<UUID, List<FirSectionEntity>> sections = byCase(FirSectionEntity.class, ids, r -> r.caseId, "");
        Map<UUID, List<VictimEntity>> victims = byCase(VictimEntity.class, ids, r -> r.caseId, " order by e.position");
        Map<UUID, List<AccusedEntity>> accused = byCase(AccusedEntity.class, ids, r -> r.caseId, " order by e.position");
        Map<UUID, List<OffenceEntity>> offences = byCase(OffenceEntity.class, ids, r -> r.caseId, " order by e.position");
        Map<UUID, List<HearingEntity>> hearings = byCase(HearingEntity.class, ids, r -> r.caseId, " order by e.position");
        Map<UUID, List<CaseWarningEntity>> warnings = byCase(CaseWarningEntity.class, ids, r -> r.caseId, " order by e.position");
        Map<UUID, List<CaseFactsEntity>> facts = byCase(CaseFactsEntity.class, ids, r -> r.caseId, "");
        // Most cases are never transferred: their transfers are not asked for.
        List<UUID> transferred = rows.stream().filter(r -> r.transferredOn != null).map(r -> r.id).toList();
        Map<UUID, List<CaseTransferEntity>> transfers = transferred.isEmpty() ? Map.of()
                : byCase(CaseTransferEntity.class, transferred, r -> r.caseId, " order by e.position");
        List<UUID> withCustody = rows.stream().filter(r -> r.custodyRecorded).map(r -> r.id).toList();
        Map<UUID, List<AccusedCustodyEntity>> custody = withCustody.isEmpty() ? Map.of()
                : byCase(AccusedCustodyEntity.class, withCustody, r -> r.caseId, " order by e.position");
        Map<UUID, List<BailApplicationEntity>> bail = withCustody.isEmpty() ? Map.of()
                : byCase(BailApplicationEntity.class, withCustody, r -> r.caseId, " order by e.position");
        // Appeals are filed once a trial has judged an accused: only cases on trial or past it have any.
        List<UUID> appealable = rows.stream().filter(r -> r.custodyRecorded && APPEALABLE.contains(r.status))
                .map(r -> r.id).toList();
        Map<UUID, List<AppealEntity>> appeals = appealable.isEmpty() ? Map.of()
                : byCase(AppealEntity.class, appealable, r -> r.caseId, " order by e.position");

        // Keyed by the offence ids just read: a subquery over the case ids gets a generic plan that
        // reads the whole table.
        List<UUID> offenceIds = offences.values().stream().flatMap(List::stream).map(o -> o.id).toList();
        Map<UUID, List<OffenceVictimEntity>> offenceVictims = offenceIds.isEmpty() ? Map.of()
                : Panache.getEntityManager().createQuery(
                        "from OffenceVictimEntity ov where ov.offenceId in :offences", OffenceVictimEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true).setParameter("offences", offenceIds)
                .getResultStream().collect(Collectors.groupingBy(ov -> ov.offenceId));

        // Only a case with a conviction can have a sentencing order: the others cost no statement.
        List<UUID> convicting = offences.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(o -> "CONVICTED".equals(o.verdict))).map(Map.Entry::getKey).toList();
        Map<UUID, List<SentencingOrderEntity>> orders = convicting.isEmpty() ? Map.of()
                : byCase(SentencingOrderEntity.class, convicting, r -> r.caseId, " order by e.pronouncedOn, e.id");

        List<Case> cases = new ArrayList<>(rows.size());
        for (CaseFileEntity row : rows) {
            Map<CaseStatus, LocalDate> statusDates = new EnumMap<>(CaseStatus.class);
            dates.getOrDefault(row.id, List.of()).forEach(d -> statusDates.put(CaseStatus.valueOf(d.status), d.enteredOn));
            Set<StatuteCode> firSections = sections.getOrDefault(row.id, List.of()).stream()
                    .map(s -> StatuteCode.of(s.statuteCode)).collect(Collectors.toCollection(LinkedHashSet::new));
            CaseAssignment assignment = new CaseAssignment(Optional.ofNullable(row.leadInvestigator),
                    Optional.ofNullable(row.prosecutor), Optional.ofNullable(row.court), Optional.ofNullable(row.judge));
            List<OffenceEntity> charges = offences.getOrDefault(row.id, List.of());
            cases.add(Case.reconstitute(new CaseSnapshot(new CaseId(row.id), row.version, new FirNumber(row.firNumber),
                    office(row.agency, row.office, row.officeProvince, row.officeDistrict), firSections, CaseStatus.valueOf(row.status), statusDates,
                    row.investigationClosedReason,
                    victims.getOrDefault(row.id, List.of()).stream().map(mapper::victim).toList(),
                    accused.getOrDefault(row.id, List.of()).stream().map(mapper::accused).toList(),
                    offences.getOrDefault(row.id, List.of()).stream()
                            .map(o -> offence(o, offenceVictims.getOrDefault(o.id, List.of()))).toList(),
                    hearings.getOrDefault(row.id, List.of()).stream().map(mapper::toHearing).toList(),
                    warnings.getOrDefault(row.id, List.of()).stream().map(mapper::toWarning).toList(),
                    row.otherSections == null ? List.of() : List.of(row.otherSections), assignment,
                    facts.getOrDefault(row.id, List.of()).stream().findFirst().map(f -> mapper.facts(f.facts)),
                    orders.getOrDefault(row.id, List.of()).stream().map(o -> sentencingOrder(o, charges)).toList(),
                    transfers.getOrDefault(row.id, List.of()).stream().map(StoredCases::transfer).toList(),
                    proceedings(custody.getOrDefault(row.id, List.of()), bail.getOrDefault(row.id, List.of()),
                            offences.getOrDefault(row.id, List.of()), appeals.getOrDefault(row.id, List.of())))));
        }
        return cases;
    }

    private static InvestigatingOffice office(String agency, String code, String province, String district) {
        return new InvestigatingOffice(Agency.valueOf(agency), code, Optional.ofNullable(province).map(Province::valueOf),
                Optional.ofNullable(district));
    }

    private static CaseTransfer transfer(CaseTransferEntity t) {
        return new CaseTransfer(t.transferredOn, office(t.fromAgency, t.fromOffice, t.fromProvince, t.fromDistrict),
                office(t.toAgency, t.toOffice, t.toProvince, t.toDistrict), t.reason);
    }

    /**
     * The rows of {@code type} of the cases {@code ids}. One case (every command loads one) is asked
     * for with a single-valued parameter: Hibernate keeps no plan for a query with a list parameter
     * and translates it anew on every execution, which was half the CPU of loading a case.
     */
    private static <E> Map<UUID, List<E>> byCase(Class<E> type, List<UUID> ids, Function<E, UUID> caseOf, String order) {
        var query = ids.size() == 1
                ? Panache.getEntityManager().createQuery("from " + type.getSimpleName() + " e where e.caseId = :id" + order, type)
                        .setParameter("id", ids.get(0))
                : Panache.getEntityManager().createQuery("from " + type.getSimpleName() + " e where e.caseId in :ids" + order, type)
                        .setParameter("ids", ids);
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()
                .collect(Collectors.groupingBy(caseOf, HashMap::new, Collectors.toList()));
    }

    /** The order's directions are on the rows of the accused's convictions: every conviction has one. */
    private static SentencingOrder sentencingOrder(SentencingOrderEntity row, List<OffenceEntity> charges) {
        List<ChargeDirection> directions = charges.stream()
                .filter(o -> o.accusedId.equals(row.accusedId) && "CONVICTED".equals(o.verdict))
                .map(o -> new ChargeDirection(new OffenceId(o.id), o.sentenceRun,
                        o.sentenceImprisonment == null ? null : ImprisonmentDescription.valueOf(o.sentenceImprisonment),
                        o.sentenceInDefault == null ? null : Period.parse(o.sentenceInDefault)))
                .toList();
        List<Compensation> compensation = new ArrayList<>();
        for (int i = 0; i < row.compensationVictims.length; i++) {
            compensation.add(new Compensation(new PersonId(row.compensationVictims[i]), Rupees.of(row.compensationPkr[i]),
                    CompensationLaw.valueOf(row.compensationLaws[i])));
        }
        return new SentencingOrder(new PersonId(row.accusedId), row.pronouncedOn, directions, row.custodyCreditDays,
                compensation);
    }

    private static AccusedProceedings proceedings(List<AccusedCustodyEntity> custody, List<BailApplicationEntity> bail,
                                                  List<OffenceEntity> offences, List<AppealEntity> appeals) {
        Map<OffenceId, LocalDate> supplementary = new HashMap<>();
        offences.stream().filter(o -> o.supplementarySheetOn != null)
                .forEach(o -> supplementary.put(new OffenceId(o.id), o.supplementarySheetOn));
        return new AccusedProceedings(
                custody.stream().map(c -> new CustodyChange(new PersonId(c.accusedId), CustodyStatus.valueOf(c.status),
                        c.since, c.proclamationPublishedOn, c.propertyAttached)).toList(),
                bail.stream().map(StoredCases::bailApplication).toList(), supplementary,
                appeals.stream().map(StoredCases::appeal).toList());
    }

    private static Appeal appeal(AppealEntity a) {
        Appeal.Admission admission = a.admitted == null ? null
                : new Appeal.Admission(a.admitted, a.admissionOn, a.dismissalReason);
        Appeal.Decision decision = null;
        if (a.outcome != null) {
            List<Appeal.AppellateSentence> sentences = new ArrayList<>();
            for (int i = 0; i < a.sentenceCharges.length; i++) {
                sentences.add(new Appeal.AppellateSentence(new OffenceId(a.sentenceCharges[i]), new Sentence(a.decidedOn,
                        SentenceKind.valueOf(a.sentenceKinds[i]),
                        a.sentenceTerms[i] == null ? null : Period.parse(a.sentenceTerms[i]),
                        a.sentenceFinesPkr[i] == null ? null : Rupees.of(a.sentenceFinesPkr[i]))));
            }
            decision = new Appeal.Decision(Appeal.AppealOutcome.valueOf(a.outcome), a.decidedOn, sentences);
        }
        return new Appeal(new AppealId(a.id), new PersonId(a.accusedId), Appeal.AppealKind.valueOf(a.kind),
                Appeal.Appellant.valueOf(a.appellant), Appeal.AppealAgainst.valueOf(a.against), Appeal.AppellateForum.valueOf(a.forum),
                a.filedOn, a.judgmentOn, a.grounds, admission, decision, a.sentenceSuspendedOn,
                Arrays.stream(a.convictionsSetAside).map(OffenceId::new).toList());
    }

    private static BailApplication bailApplication(BailApplicationEntity b) {
        BailApplication.Decision decision = b.outcome == null ? null : new BailApplication.Decision(
                BailApplication.Outcome.valueOf(b.outcome), b.decidedOn,
                b.suretyPkr == null ? null : Rupees.of(b.suretyPkr), b.reason);
        BailApplication.Cancellation cancellation = b.cancelledOn == null ? null
                : new BailApplication.Cancellation(b.cancelledOn, b.cancellationReason);
        return new BailApplication(new BailApplicationId(b.id), new PersonId(b.accusedId), b.court, b.filedOn,
                BailApplication.Applicant.valueOf(b.appliedBy), decision, cancellation);
    }

    private Offence offence(OffenceEntity row, List<OffenceVictimEntity> victims) {
        Verdict verdict = row.verdict == null ? null : new Verdict(VerdictOutcome.valueOf(row.verdict), row.verdictDate,
                row.verdictOnGuiltyPlea, VerdictEffect.valueOf(row.verdictEffect),
                row.verdictCompoundedBy == null ? null : new PersonId(row.verdictCompoundedBy), row.verdictAccusedDiedOn);
        Sentence sentence = row.sentenceKind == null ? null : new Sentence(row.sentencePronouncedOn,
                SentenceKind.valueOf(row.sentenceKind), row.sentenceTerm == null ? null : Period.parse(row.sentenceTerm),
                row.sentenceFinePkr == null ? null : Rupees.of(row.sentenceFinePkr));
        Set<PersonId> victimIds = victims.stream().map(v -> new PersonId(v.victimId))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Offence(new OffenceId(row.id), new PersonId(row.accusedId),
                new StatuteRef(StatuteCode.of(row.statuteCode), row.statuteVersion), victimIds, mapper.facts(row.facts),
                verdict, sentence);
    }
}
