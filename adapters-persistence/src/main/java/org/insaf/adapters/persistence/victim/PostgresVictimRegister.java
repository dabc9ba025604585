package org.insaf.adapters.persistence.victim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.insaf.adapters.persistence.identity.BlindIndex;
import org.insaf.adapters.persistence.identity.IdentityCipher;
import org.insaf.application.port.out.VictimRegister;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.BlindIndexTerm;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.person.registry.VictimMatchTerms;
import org.insaf.domain.person.registry.VictimRecord;
import org.insaf.domain.shared.PersonId;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The persons behind victims on PostgreSQL (V20): particulars encrypted field by field as the
 * identity is (bound to the victim and field), terms as keyed digests found by a b-tree on the
 * digest. Lists are encoded as base64 items joined by commas before encryption.
 */
@ApplicationScoped
public class PostgresVictimRegister implements VictimRegister {

    private final IdentityCipher cipher;
    private final BlindIndex index;

    PostgresVictimRegister(IdentityCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(PersonId victim, PersonParticulars particulars, Instant at) {
        EntityManager em = Panache.getEntityManager();
        UUID id = victim.value();
        VictimPersonEntity row = em.find(VictimPersonEntity.class, id);
        boolean fresh = row == null;
        if (fresh) {
            row = new VictimPersonEntity();
            row.victimId = id;
        }
        row.keyId = cipher.keyId();
        row.namesEnc = cipher.encrypt(list(particulars.names()), id, "person.names");
        row.fatherEnc = cipher.encrypt(particulars.fatherName(), id, "person.father");
        row.cnicEnc = cipher.encrypt(particulars.cnic(), id, "person.cnic");
        row.passportEnc = cipher.encrypt(particulars.passport(), id, "person.passport");
        row.phonesEnc = cipher.encrypt(particulars.phones().isEmpty() ? null
                : list(particulars.phones().stream().map(PhoneNumber::digits).toList()), id, "person.phones");
        row.districtEnc = cipher.encrypt(particulars.district(), id, "person.district");
        row.recordedAt = at;
        if (fresh) {
            em.persist(row);
        }
        em.flush();
        em.createNativeQuery("DELETE FROM victim_blind_index WHERE victim_id = :id").setParameter("id", id).executeUpdate();
        for (BlindIndexTerm term : VictimMatchTerms.of(particulars)) {
            em.createNativeQuery("""
                            INSERT INTO victim_blind_index (victim_id, digest, reason) VALUES (:id, :digest, :reason)
                            ON CONFLICT DO NOTHING""")
                    .setParameter("id", id).setParameter("digest", index.digest(term))
                    .setParameter("reason", term.reason().name()).executeUpdate();
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PersonParticulars> particulars(PersonId victim) {
        UUID id = victim.value();
        VictimPersonEntity row = Panache.getEntityManager().find(VictimPersonEntity.class, id);
        if (row == null) {
            return Optional.empty();
        }
        Set<PhoneNumber> phones = new LinkedHashSet<>();
        String digits = cipher.decrypt(row.keyId, row.phonesEnc, id, "person.phones");
        if (digits != null) {
            items(digits).forEach(d -> phones.add(new PhoneNumber(d)));
        }
        return Optional.of(new PersonParticulars(items(cipher.decrypt(row.keyId, row.namesEnc, id, "person.names")),
                cipher.decrypt(row.keyId, row.fatherEnc, id, "person.father"), cipher.decrypt(row.keyId, row.cnicEnc, id, "person.cnic"),
                cipher.decrypt(row.keyId, row.passportEnc, id, "person.passport"), phones,
                cipher.decrypt(row.keyId, row.districtEnc, id, "person.district")));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<VictimRecord> load(PersonId victim) {
        EntityManager em = Panache.getEntityManager();
        List<UUID> cases = em.createNativeQuery("SELECT case_id FROM victim WHERE id = :id")
                .setParameter("id", victim.value()).getResultList();
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> linked = em.createNativeQuery("""
                        SELECT CASE WHEN victim_id = :id THEN other_id ELSE victim_id END FROM victim_link
                        WHERE victim_id = :id OR other_id = :id""")
                .setParameter("id", victim.value()).getResultList();
        VictimPersonEntity row = em.find(VictimPersonEntity.class, victim.value());
        Optional<String> cnic = row == null ? Optional.empty()
                : Optional.ofNullable(cipher.decrypt(row.keyId, row.cnicEnc, victim.value(), "person.cnic"));
        return Optional.of(new VictimRecord(victim, new CaseId(cases.get(0)), cnic,
                linked.stream().map(PersonId::new).collect(Collectors.toSet())));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Match> matches(PersonId victim) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                        WITH mine AS (SELECT v.case_id, c.agency, c.office FROM victim v JOIN case_file c ON c.id = v.case_id
                                      WHERE v.id = :id),
                        shared AS (
                            SELECT o.victim_id AS other, string_agg(DISTINCT o.reason, ',') AS reasons
                            FROM victim_blind_index m
                            JOIN victim_blind_index o ON o.digest = m.digest AND o.victim_id <> m.victim_id
                            WHERE m.victim_id = :id
                              AND NOT EXISTS (SELECT 1 FROM victim_candidate_rejection r
                                              WHERE (r.victim_id = :id AND r.candidate_id = o.victim_id)
                                                 OR (r.victim_id = o.victim_id AND r.candidate_id = :id))
                            GROUP BY o.victim_id),
                        linked AS (
                            SELECT CASE WHEN l.victim_id = :id THEN l.other_id ELSE l.victim_id END AS other
                            FROM victim_link l WHERE l.victim_id = :id OR l.other_id = :id),
                        found AS (
                            SELECT coalesce(s.other, l.other) AS other, s.reasons, l.other IS NOT NULL AS confirmed
                            FROM shared s FULL JOIN linked l ON l.other = s.other)
                        SELECT f.other, o.pseudonym, o.case_id, c.fir_number, c.registered_on,
                               c.agency = m.agency AND c.office = m.office, f.reasons, f.confirmed
                        FROM found f JOIN victim o ON o.id = f.other JOIN case_file c ON c.id = o.case_id, mine m
                        WHERE o.case_id <> m.case_id
                        ORDER BY c.registered_on, c.id, f.other""")
                .setParameter("id", victim.value()).getResultList();
        List<Match> matches = new ArrayList<>();
        for (Object[] row : rows) {
            Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
            if (row[6] != null) {
                Arrays.stream(((String) row[6]).split(",")).map(MatchReason::valueOf).forEach(reasons::add);
            }
            LocalDate registered = row[4] instanceof Date date ? date.toLocalDate() : (LocalDate) row[4];
            matches.add(new Match(new PersonId((UUID) row[0]), (String) row[1], new CaseId((UUID) row[2]), (String) row[3],
                    registered, (Boolean) row[5], reasons, (Boolean) row[7]));
        }
        return matches;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveLink(VictimRecord one, VictimRecord other, String actorId, Instant at) {
        // PostgreSQL orders uuids by their bytes, unsigned, as their lower-case text sorts; UUID.compareTo does not.
        UUID a = one.id().toString().compareTo(other.id().toString()) < 0 ? one.id().value() : other.id().value();
        UUID b = a.equals(one.id().value()) ? other.id().value() : one.id().value();
        EntityManager em = Panache.getEntityManager();
        if (one.linkedTo().contains(other.id())) {
            em.createNativeQuery("""
                            INSERT INTO victim_link (victim_id, other_id, linked_by, linked_at) VALUES (:a, :b, :by, :at)
                            ON CONFLICT DO NOTHING""")
                    .setParameter("a", a).setParameter("b", b).setParameter("by", actorId).setParameter("at", at)
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM victim_link WHERE victim_id = :a AND other_id = :b")
                    .setParameter("a", a).setParameter("b", b).executeUpdate();
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(PersonId victim, PersonId other, String actorId, Instant at) {
        Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO victim_candidate_rejection (victim_id, candidate_id, rejected_by, rejected_at)
                        VALUES (:victim, :other, :by, :at) ON CONFLICT DO NOTHING""")
                .setParameter("victim", victim.value()).setParameter("other", other.value())
                .setParameter("by", actorId).setParameter("at", at).executeUpdate();
    }

    /** Items that may hold any character, as base64 joined by commas. */
    private static String list(List<String> items) {
        return items.stream().map(i -> Base64.getEncoder().encodeToString(i.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(","));
    }

    private static List<String> items(String encoded) {
        return Arrays.stream(encoded.split(",")).map(i -> new String(Base64.getDecoder().decode(i), StandardCharsets.UTF_8))
                .toList();
    }
}
