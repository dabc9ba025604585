package org.insaf.adapters.persistence.person;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.insaf.application.port.out.PersonRegister;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.Person;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.shared.PersonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The person register on PostgreSQL (V17). Candidates are narrowed by indexes: exact CNIC, passport
 * and phone (b-tree, GIN on the phone array), and pg_trgm's similarity operator on the name keys of
 * the sought person's district (GIN on district and trigrams, V27; the operator's default threshold,
 * 0.3, is SamePersonTest.NARROWING; a close name counts only in the same district, so nothing the
 * application would score is left out), the strongest first; the application scores what comes back.
 */
@ApplicationScoped
public class PostgresPersonRegister implements PersonRegister {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Person> load(PersonId id) {
        EntityManager em = Panache.getEntityManager();
        PersonEntity row = em.find(PersonEntity.class, id.value());
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(person(row, joinedTo(em, List.of(row.id)).getOrDefault(row.id, Set.of())));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Person person, Instant at) {
        EntityManager em = Panache.getEntityManager();
        PersonEntity row = em.find(PersonEntity.class, person.id().value());
        if (row == null) {
            throw new IllegalStateException("person " + person.id() + " is recorded when its accused is added");
        }
        UUID joined = person.joinedTo().map(PersonId::value).orElse(null);
        if (!java.util.Objects.equals(joined, row.joinedTo)) {
            row.joinedTo = joined;
            row.joinedAt = joined == null ? null : at;
        }
        if (!PersonRows.particulars(row).equals(person.particulars()) || row.keyVersion != org.insaf.domain.person.registry.NameNormaliser.VERSION) {
            PersonRows.write(em, row, person.particulars());
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Recorded> near(PersonId record, PersonParticulars sought, List<PersonId> excluded, int limit) {
        EntityManager em = Panache.getEntityManager();
        List<Object> found = em.createNativeQuery("""
                        WITH sought(key) AS (SELECT unnest(string_to_array(:keys, ','))),
                        hits(id, strength) AS (
                            SELECT id, 3.0 FROM person WHERE cnic = CAST(:cnic AS varchar)
                            UNION ALL SELECT id, 2.5 FROM person WHERE passport = CAST(:passport AS varchar)
                            UNION ALL SELECT id, 2.0 FROM person WHERE phones && CAST(string_to_array(:phones, ',') AS varchar[])
                            UNION ALL SELECT k.person_id, similarity(k.name_key, s.key)
                                FROM sought s JOIN person_name_key k
                                  ON k.district_key = CAST(:district AS varchar) AND k.name_key % s.key),
                        best AS (SELECT id, max(strength) AS strength FROM hits GROUP BY id)
                        SELECT p.id FROM best b JOIN person p ON p.id = b.id
                        WHERE p.id <> ALL(CAST(string_to_array(:excluded, ',') AS uuid[]))
                          AND (p.joined_to IS NULL OR p.joined_to <> ALL(CAST(string_to_array(:excluded, ',') AS uuid[])))
                          AND NOT EXISTS (SELECT 1 FROM person_candidate_rejection r
                                          WHERE (r.person_id = :record AND r.candidate_id = p.id)
                                             OR (r.person_id = p.id AND r.candidate_id = :record))
                        ORDER BY b.strength DESC, p.id
                        LIMIT :limit""")
                .setParameter("keys", String.join(",", sought.nameKeys()))
                .setParameter("district", sought.districtKey().orElse(null))
                .setParameter("cnic", sought.cnic())
                .setParameter("passport", sought.passport())
                .setParameter("phones", sought.phones().stream().map(PhoneNumber::digits).collect(Collectors.joining(",")))
                .setParameter("excluded", excluded.stream().map(PersonId::toString).collect(Collectors.joining(",")))
                .setParameter("record", record.value())
                .setParameter("limit", limit)
                .getResultList();
        List<UUID> ids = found.stream().map(UUID.class::cast).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersonEntity> rows = new HashMap<>();
        em.createQuery("FROM PersonEntity WHERE id IN :ids", PersonEntity.class).setParameter("ids", ids)
                .getResultList().forEach(r -> rows.put(r.id, r));
        Map<UUID, Set<PersonId>> joined = joinedTo(em, ids);
        Map<UUID, List<CaseId>> cases = casesOf(em, ids);
        List<Recorded> out = new ArrayList<>();
        for (UUID id : ids) {
            out.add(new Recorded(person(rows.get(id), joined.getOrDefault(id, Set.of())), cases.getOrDefault(id, List.of())));
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(PersonId record, PersonId candidate, String actorId, Instant at) {
        Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO person_candidate_rejection (person_id, candidate_id, rejected_by, rejected_at)
                        VALUES (:record, :candidate, :by, :at) ON CONFLICT DO NOTHING""")
                .setParameter("record", record.value()).setParameter("candidate", candidate.value())
                .setParameter("by", actorId).setParameter("at", at).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseId> casesOf(PersonId id) {
        return casesOf(Panache.getEntityManager(), List.of(id.value())).getOrDefault(id.value(), List.of());
    }

    private static Person person(PersonEntity row, Set<PersonId> joinedToThis) {
        return Person.restored(new PersonId(row.id), PersonRows.particulars(row),
                Optional.ofNullable(row.joinedTo).map(PersonId::new), joinedToThis);
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Set<PersonId>> joinedTo(EntityManager em, List<UUID> ids) {
        Map<UUID, Set<PersonId>> joined = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT joined_to, id FROM person WHERE joined_to IN (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            joined.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add(new PersonId((UUID) row[1]));
        }
        return joined;
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, List<CaseId>> casesOf(EntityManager em, List<UUID> ids) {
        Map<UUID, List<CaseId>> cases = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.person_id, a.case_id FROM accused a JOIN case_file f ON f.id = a.case_id
                        WHERE a.person_id IN (:ids) ORDER BY f.registered_on, f.id""")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            cases.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new CaseId((UUID) row[1]));
        }
        return cases;
    }
}
