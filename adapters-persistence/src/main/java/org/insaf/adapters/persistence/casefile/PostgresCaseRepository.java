package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.jpa.HibernateHints;
import org.insaf.adapters.persistence.identity.IdentityCipher;
import org.insaf.application.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.error.Conflict;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
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
 * Cases on PostgreSQL. A case is one row with its version plus rows for its parts. Loading any
 * number of cases takes the same fixed set of statements (one per table, keyed by the case ids),
 * so a page of 50 costs what a page of 5 does; the rows are read read-only (Hibernate keeps no
 * snapshot of them to compare at flush: a case is changed through {@link #save}). Saving checks
 * and bumps the version in one conditional UPDATE: if someone saved first, no row matches and
 * nothing is written. A save of a case this transaction loaded writes only the rows that changed
 * since the load (see {@link CaseChanges}); any other save rewrites the case's parts whole.
 */
@ApplicationScoped
public class PostgresCaseRepository implements CaseRepository {

    private final CaseFileMapper mapper;
    private final IdentityCipher cipher;
    private final CasesReadInTransaction read;

    PostgresCaseRepository(CaseFileMapper mapper, IdentityCipher cipher, CasesReadInTransaction read) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.read = read;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    // ---------------------------------------------------------------- load

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseRecord> load(CaseId id) {
        return em().createQuery("from CaseFileEntity c where c.id = :id", CaseFileEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("id", id.value())
                .getResultStream().findFirst()
                .map(row -> assemble(List.of(row)).get(0))
                .map(record -> {
                    read.remember(new CasesReadInTransaction.Stored(record.caseFile().version(),
                            record.caseFile().snapshot(), record.recordedFacts()));
                    return record;
                });
    }

    private List<CaseRecord> assemble(List<CaseFileEntity> rows) {
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
        // Keyed by the ids just read rather than by a subquery on the case ids: a subquery over a
        // list of parameters gets a generic plan that hashes the whole table (20 ms at 100,000 cases).
        List<UUID> victimIds = victims.values().stream().flatMap(List::stream).map(v -> v.id).toList();
        Map<UUID, VictimIdentityEntity> identities = victimIds.isEmpty() ? Map.of() : em().createQuery(
                        "from VictimIdentityEntity i where i.victimId in :victims", VictimIdentityEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("victims", victimIds).getResultStream().collect(Collectors.toMap(i -> i.victimId, i -> i));
        List<UUID> offenceIds = offences.values().stream().flatMap(List::stream).map(o -> o.id).toList();
        Map<UUID, List<OffenceVictimEntity>> offenceVictims = offenceIds.isEmpty() ? Map.of() : em().createQuery(
                        "from OffenceVictimEntity ov where ov.offenceId in :offences", OffenceVictimEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("offences", offenceIds).getResultStream().collect(Collectors.groupingBy(ov -> ov.offenceId));

        List<CaseRecord> records = new ArrayList<>(rows.size());
        for (CaseFileEntity row : rows) {
            Map<CaseStatus, LocalDate> statusDates = new EnumMap<>(CaseStatus.class);
            dates.getOrDefault(row.id, List.of()).forEach(d -> statusDates.put(CaseStatus.valueOf(d.status), d.enteredOn));
            Set<StatuteCode> firSections = sections.getOrDefault(row.id, List.of()).stream()
                    .map(s -> StatuteCode.of(s.statuteCode)).collect(Collectors.toCollection(LinkedHashSet::new));
            List<Victim> caseVictims = victims.getOrDefault(row.id, List.of()).stream()
                    .map(v -> mapper.victim(v, identity(identities.get(v.id)))).toList();
            List<Accused> caseAccused = accused.getOrDefault(row.id, List.of()).stream().map(mapper::accused).toList();
            List<Offence> caseOffences = offences.getOrDefault(row.id, List.of()).stream()
                    .map(o -> offence(o, offenceVictims.getOrDefault(o.id, List.of()))).toList();
            CaseSnapshot snapshot = new CaseSnapshot(new CaseId(row.id), row.version, new FirNumber(row.firNumber),
                    new FiaCircle(row.circle), firSections, CaseStatus.valueOf(row.status), statusDates,
                    row.investigationClosedReason, caseVictims, caseAccused, caseOffences,
                    hearings.getOrDefault(row.id, List.of()).stream().map(mapper::toHearing).toList(),
                    warnings.getOrDefault(row.id, List.of()).stream().map(mapper::toWarning).toList(),
                    row.otherSections == null ? List.of() : List.of(row.otherSections));
            CaseAssignment assignment = new CaseAssignment(Optional.ofNullable(row.leadInvestigator),
                    Optional.ofNullable(row.prosecutor), Optional.ofNullable(row.court), Optional.ofNullable(row.judge));
            Optional<org.insaf.domain.offence.OffenceFacts> recorded = facts.getOrDefault(row.id, List.of()).stream()
                    .findFirst().map(f -> mapper.facts(f.facts));
            records.add(new CaseRecord(Case.reconstitute(snapshot), assignment, recorded));
        }
        return records;
    }

    private static <E> Map<UUID, List<E>> byCase(Class<E> type, List<UUID> ids, Function<E, UUID> caseOf, String order) {
        TypedQuery<E> query = em().createQuery("from " + type.getSimpleName() + " e where e.caseId in :ids" + order, type);
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(caseOf, HashMap::new, Collectors.toList()));
    }

    private VictimIdentity identity(VictimIdentityEntity row) {
        if (row == null) {
            throw new IllegalStateException("A stored victim has no identity row");
        }
        return new VictimIdentity(cipher.decrypt(row.nameEnc, row.victimId, "name"),
                cipher.decrypt(row.cnicEnc, row.victimId, "cnic"),
                cipher.decrypt(row.contactEnc, row.victimId, "contact"),
                cipher.decrypt(row.addressEnc, row.victimId, "address"));
    }

    private Offence offence(OffenceEntity row, List<OffenceVictimEntity> victims) {
        Verdict verdict = row.verdict == null ? null : new Verdict(VerdictOutcome.valueOf(row.verdict), row.verdictDate);
        Sentence sentence = row.sentenceKind == null ? null : new Sentence(row.sentencePronouncedOn,
                SentenceKind.valueOf(row.sentenceKind), row.sentenceTerm == null ? null : Period.parse(row.sentenceTerm),
                row.sentenceFinePkr == null ? null : Rupees.of(row.sentenceFinePkr));
        Set<PersonId> victimIds = victims.stream().map(v -> new PersonId(v.victimId))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Offence(new OffenceId(row.id), new PersonId(row.accusedId),
                new StatuteRef(StatuteCode.of(row.statuteCode), row.statuteVersion), victimIds, mapper.facts(row.facts),
                verdict, sentence);
    }

    // ---------------------------------------------------------------- save

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long save(CaseRecord record) {
        CaseSnapshot s = record.caseFile().snapshot();
        UUID id = s.id().value();
        long next = s.version() + 1;
        EntityManager em = em();
        // Nothing this transaction read may shadow the rows written below.
        em.flush();
        em.clear();
        try {
            if (s.version() == 0) {
                if (em.find(CaseFileEntity.class, id) != null) {
                    throw new StaleCase(s.id());
                }
                CaseFileEntity row = new CaseFileEntity();
                row.id = id;
                writeCaseRow(row, record, next);
                em.persist(row);
                // The case row itself reaches the database in here: its unique constraints fail here.
                insertParts(id, s, record);
            } else {
                // The version check comes first: the rows compared against below are those of this version.
                updateCaseRow(id, s, record, next);
                Optional<CasesReadInTransaction.Stored> before = read.at(id, s.version())
                        .filter(b -> CaseChanges.peopleOnlyAdded(b.snapshot(), s));
                if (before.isPresent()) {
                    writeChanges(id, before.get(), s, record);
                } else {
                    deleteParts(id);
                    insertParts(id, s, record);
                }
            }
            em.flush();
        } catch (RuntimeException e) {
            read.forget(id);
            throw translate(e, s);
        }
        em.clear();
        read.remember(new CasesReadInTransaction.Stored(next, s, record.recordedFacts()));
        return next;
    }

    private static void updateCaseRow(UUID id, CaseSnapshot s, CaseRecord record, long next) {
        EntityManager em = em();
        int updated = em.createQuery("""
                        update CaseFileEntity c set c.version = :next, c.status = :status,
                          c.investigationClosedReason = :reason, c.leadInvestigator = :investigator,
                          c.prosecutor = :prosecutor, c.court = :court, c.judge = :judge
                        where c.id = :id and c.version = :loaded""")
                .setParameter("next", next).setParameter("status", s.status().name())
                .setParameter("reason", s.investigationClosedReason())
                .setParameter("investigator", record.assignment().investigator().orElse(null))
                .setParameter("prosecutor", record.assignment().prosecutor().orElse(null))
                .setParameter("court", record.assignment().court().orElse(null))
                .setParameter("judge", record.assignment().judge().orElse(null))
                .setParameter("id", id).setParameter("loaded", s.version())
                .executeUpdate();
        if (updated == 0) {
            Long current = em.createQuery("select c.version from CaseFileEntity c where c.id = :id", Long.class)
                    .setParameter("id", id).getResultStream().findFirst().orElse(0L);
            throw new StaleCase(s.id(), s.version(), current);
        }
    }

    private static RuntimeException translate(RuntimeException e, CaseSnapshot s) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ConstraintViolationException violation) {
            if ("case_file_fir_unique".equals(violation.getConstraintName())) {
                return new Conflict("FIR " + s.firNumber() + " of " + s.circle() + " is already registered");
            }
            if ("case_file_pkey".equals(violation.getConstraintName())) {
                // Two first saves of the same new case: the other one was first.
                return new StaleCase(s.id());
            }
        }
        return e;
    }

    private static void writeCaseRow(CaseFileEntity row, CaseRecord record, long version) {
        CaseSnapshot s = record.caseFile().snapshot();
        row.version = version;
        row.firNumber = s.firNumber().value();
        row.circle = s.circle().name();
        row.registeredOn = s.statusDates().get(CaseStatus.REGISTERED);
        row.status = s.status().name();
        row.investigationClosedReason = s.investigationClosedReason();
        row.leadInvestigator = record.assignment().investigator().orElse(null);
        row.prosecutor = record.assignment().prosecutor().orElse(null);
        row.court = record.assignment().court().orElse(null);
        row.judge = record.assignment().judge().orElse(null);
        row.otherSections = s.otherSections().toArray(String[]::new);
    }

    /**
     * Writes what changed between the case as this transaction read it and as it is saved: a use
     * case changes a few rows (a hearing added, a verdict given), so a few statements instead of
     * rewriting every part. Victims and accused are only ever added here (the caller checked);
     * an offence changed in place is updated; a list of hearings or warnings that is not the old
     * one with more at its end is rewritten whole.
     */
    private void writeChanges(UUID id, CasesReadInTransaction.Stored stored, CaseSnapshot s, CaseRecord record) {
        EntityManager em = em();
        CaseSnapshot b = stored.snapshot();
        s.statusDates().forEach((status, day) -> {
            LocalDate was = b.statusDates().get(status);
            if (was == null) {
                em.persist(statusDateRow(id, status, day));
            } else if (!was.equals(day)) {
                em.createQuery("update CaseStatusDateEntity e set e.enteredOn = :day where e.caseId = :id and e.status = :status")
                        .setParameter("day", day).setParameter("id", id).setParameter("status", status.name())
                        .executeUpdate();
            }
        });
        b.statusDates().keySet().stream().filter(status -> !s.statusDates().containsKey(status)).forEach(status ->
                em.createQuery("delete from CaseStatusDateEntity e where e.caseId = :id and e.status = :status")
                        .setParameter("id", id).setParameter("status", status.name()).executeUpdate());
        s.firSections().stream().filter(code -> !b.firSections().contains(code))
                .forEach(code -> em.persist(firSectionRow(id, code)));
        b.firSections().stream().filter(code -> !s.firSections().contains(code)).forEach(code ->
                em.createQuery("delete from FirSectionEntity e where e.caseId = :id and e.statuteCode = :code")
                        .setParameter("id", id).setParameter("code", code.value()).executeUpdate());

        insertFrom(id, b.victims().size(), s.victims(), this::insertVictim);
        insertFrom(id, b.accused().size(), s.accused(), this::insertAccused);
        // The rows offences point to must reach the database first.
        em.flush();

        if (CaseChanges.keepsPlaces(b.offences(), s.offences(), Offence::id)) {
            for (int i = 0; i < b.offences().size(); i++) {
                Offence was = b.offences().get(i);
                Offence now = s.offences().get(i);
                if (!was.equals(now)) {
                    em.merge(offenceRow(id, i, now));
                    if (!was.victims().equals(now.victims())) {
                        em.createQuery("delete from OffenceVictimEntity ov where ov.offenceId = :offence")
                                .setParameter("offence", now.id().value()).executeUpdate();
                        insertOffenceVictims(now);
                    }
                }
            }
            insertFrom(id, b.offences().size(), s.offences(), this::insertOffence);
        } else {
            // Its links to victims go with it (ON DELETE CASCADE).
            em.createQuery("delete from OffenceEntity e where e.caseId = :id").setParameter("id", id).executeUpdate();
            insertFrom(id, 0, s.offences(), this::insertOffence);
        }

        appendOrRewrite(id, "HearingEntity", b.hearings(), s.hearings(), this::insertHearing);
        appendOrRewrite(id, "CaseWarningEntity", b.warnings(), s.warnings(), this::insertWarning);

        if (!stored.recordedFacts().equals(record.recordedFacts())) {
            em.createQuery("delete from CaseFactsEntity e where e.caseId = :id").setParameter("id", id).executeUpdate();
            record.recordedFacts().ifPresent(facts -> em.persist(factsRow(id, facts)));
        }
    }

    /** A part stored at its position in the case's list. */
    @FunctionalInterface
    private interface PartWriter<T> {
        void insert(UUID caseId, int position, T part);
    }

    /** Inserts the parts from position {@code from} on. */
    private static <T> void insertFrom(UUID caseId, int from, List<T> parts, PartWriter<T> writer) {
        for (int i = from; i < parts.size(); i++) {
            writer.insert(caseId, i, parts.get(i));
        }
    }

    /** Inserts what was added at the end of a list of parts; rewrites the list when anything else changed. */
    private static <T> void appendOrRewrite(UUID caseId, String entity, List<T> before, List<T> after, PartWriter<T> writer) {
        if (CaseChanges.keepsPlaces(before, after, Function.identity())) {
            insertFrom(caseId, before.size(), after, writer);
        } else {
            em().createQuery("delete from " + entity + " e where e.caseId = :id").setParameter("id", caseId).executeUpdate();
            insertFrom(caseId, 0, after, writer);
        }
    }

    private static void deleteParts(UUID id) {
        EntityManager em = em();
        // Charges' links to victims and victims' identities go with their rows (ON DELETE CASCADE).
        for (String part : List.of("OffenceEntity", "CaseWarningEntity", "HearingEntity", "AccusedEntity", "VictimEntity",
                "CaseStatusDateEntity", "FirSectionEntity", "CaseFactsEntity")) {
            em.createQuery("delete from " + part + " e where e.caseId = :id").setParameter("id", id).executeUpdate();
        }
    }

    private void insertParts(UUID id, CaseSnapshot s, CaseRecord record) {
        EntityManager em = em();
        s.statusDates().forEach((status, day) -> em.persist(statusDateRow(id, status, day)));
        s.firSections().forEach(code -> em.persist(firSectionRow(id, code)));
        insertFrom(id, 0, s.victims(), this::insertVictim);
        insertFrom(id, 0, s.accused(), this::insertAccused);
        // The rows offences point to must reach the database first.
        em.flush();
        insertFrom(id, 0, s.offences(), this::insertOffence);
        insertFrom(id, 0, s.hearings(), this::insertHearing);
        insertFrom(id, 0, s.warnings(), this::insertWarning);
        record.recordedFacts().ifPresent(facts -> em.persist(factsRow(id, facts)));
    }

    private static CaseStatusDateEntity statusDateRow(UUID caseId, CaseStatus status, LocalDate day) {
        CaseStatusDateEntity row = new CaseStatusDateEntity();
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.status = status.name();
        row.enteredOn = day;
        return row;
    }

    private static FirSectionEntity firSectionRow(UUID caseId, StatuteCode code) {
        FirSectionEntity row = new FirSectionEntity();
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.statuteCode = code.value();
        return row;
    }

    private CaseFactsEntity factsRow(UUID caseId, org.insaf.domain.offence.OffenceFacts facts) {
        CaseFactsEntity row = new CaseFactsEntity();
        row.caseId = caseId;
        row.facts = mapper.columns(facts);
        return row;
    }

    private void insertVictim(UUID caseId, int position, Victim victim) {
        VictimEntity row = new VictimEntity();
        mapper.writeVictim(victim, row);
        row.caseId = caseId;
        row.position = position;
        em().persist(row);
        em().persist(identityRow(victim));
    }

    private void insertAccused(UUID caseId, int position, Accused accused) {
        AccusedEntity row = new AccusedEntity();
        mapper.writeAccused(accused, row);
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.position = position;
        em().persist(row);
    }

    private void insertOffence(UUID caseId, int position, Offence offence) {
        em().persist(offenceRow(caseId, position, offence));
        insertOffenceVictims(offence);
    }

    private static void insertOffenceVictims(Offence offence) {
        for (PersonId victim : offence.victims()) {
            OffenceVictimEntity link = new OffenceVictimEntity();
            link.id = UUID.randomUUID();
            link.offenceId = offence.id().value();
            link.victimId = victim.value();
            em().persist(link);
        }
    }

    private void insertHearing(UUID caseId, int position, Hearing hearing) {
        HearingEntity row = mapper.toRow(hearing);
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.position = position;
        em().persist(row);
    }

    private void insertWarning(UUID caseId, int position, CaseWarning warning) {
        CaseWarningEntity row = mapper.toRow(warning);
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.position = position;
        em().persist(row);
    }

    private VictimIdentityEntity identityRow(Victim victim) {
        UUID victimId = victim.id().value();
        VictimIdentity identity = victim.identity();
        VictimIdentityEntity row = new VictimIdentityEntity();
        row.victimId = victimId;
        row.keyId = cipher.keyId();
        row.nameEnc = cipher.encrypt(identity.name(), victimId, "name");
        row.cnicEnc = cipher.encrypt(identity.cnic(), victimId, "cnic");
        row.contactEnc = cipher.encrypt(identity.contact(), victimId, "contact");
        row.addressEnc = cipher.encrypt(identity.address(), victimId, "address");
        return row;
    }

    private OffenceEntity offenceRow(UUID caseId, int position, Offence offence) {
        OffenceEntity row = new OffenceEntity();
        row.id = offence.id().value();
        row.caseId = caseId;
        row.position = position;
        row.accusedId = offence.accused().value();
        row.statuteCode = offence.statute().code().value();
        row.statuteVersion = offence.statute().version();
        row.facts = mapper.columns(offence.facts());
        offence.verdictGiven().ifPresent(v -> {
            row.verdict = v.outcome().name();
            row.verdictDate = v.date();
        });
        offence.sentencePassed().ifPresent(sentence -> {
            row.sentenceKind = sentence.kind().name();
            row.sentencePronouncedOn = sentence.pronouncedOn();
            row.sentenceTerm = sentence.termOfImprisonment().map(Period::toString).orElse(null);
            row.sentenceFinePkr = sentence.fineAmount().map(Rupees::amount).orElse(null);
        });
        return row;
    }

    // ---------------------------------------------------------------- queries

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean firExists(FiaCircle circle, FirNumber firNumber) {
        return CaseFileEntity.count("circle = ?1 and firNumber = ?2", circle.name(), firNumber.value()) > 0;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit) {
        if (visibility.seesNothing()) {
            return new CasePage(List.of(), false);
        }
        StringBuilder jpql = new StringBuilder("from CaseFileEntity c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!visibility.all()) {
            List<String> any = new ArrayList<>();
            visibility.office().ifPresent(office -> {
                any.add("c.circle = :visibleOffice");
                params.put("visibleOffice", office);
            });
            Map<CaseVisibility.Place, String> columns = new EnumMap<>(Map.of(CaseVisibility.Place.LEAD_INVESTIGATOR, "c.leadInvestigator",
                    CaseVisibility.Place.PROSECUTOR, "c.prosecutor", CaseVisibility.Place.JUDGE, "c.judge"));
            columns.forEach((place, column) -> {
                if (visibility.admitsAs(place)) {
                    any.add(column + " = :visibleTo");
                    params.put("visibleTo", visibility.assignedTo().orElseThrow());
                }
            });
            jpql.append(" and (").append(String.join(" or ", any)).append(")");
        }
        filter.status().ifPresent(status -> {
            jpql.append(" and c.status = :status");
            params.put("status", status.name());
        });
        filter.statute().ifPresent(code -> {
            jpql.append(" and (exists (select 1 from FirSectionEntity s where s.caseId = c.id and s.statuteCode = :code)"
                    + " or exists (select 1 from OffenceEntity o where o.caseId = c.id and o.statuteCode = :code))");
            params.put("code", code.value());
        });
        filter.office().ifPresent(office -> {
            jpql.append(" and c.circle = :office");
            params.put("office", office);
        });
        filter.assignedTo().ifPresent(user -> {
            jpql.append(" and (c.leadInvestigator = :assignee or c.prosecutor = :assignee or c.judge = :assignee)");
            params.put("assignee", user);
        });
        filter.registeredFrom().ifPresent(from -> {
            jpql.append(" and c.registeredOn >= :from");
            params.put("from", from);
        });
        filter.registeredTo().ifPresent(to -> {
            jpql.append(" and c.registeredOn <= :to");
            params.put("to", to);
        });
        after.ifPresent(cursor -> {
            // A row comparison, which PostgreSQL answers from the index from the cursor on; the
            // same condition spelt with OR made it read and drop every row before the cursor.
            jpql.append(" and (c.registeredOn, c.id) < (:afterDate, :afterId)");
            params.put("afterDate", cursor.registeredOn());
            params.put("afterId", cursor.id().value());
        });
        jpql.append(" order by c.registeredOn desc, c.id desc");
        TypedQuery<CaseFileEntity> query = em().createQuery(jpql.toString(), CaseFileEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach(query::setParameter);
        List<CaseFileEntity> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        return new CasePage(assemble(more ? rows.subList(0, limit) : rows), more);
    }
}
