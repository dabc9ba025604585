package org.insaf.adapters.persistence.person;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.insaf.adapters.persistence.casefile.PostgresCaseFinder;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.NetworkReader;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.PersonId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A network's reads on PostgreSQL: each method is one statement over all the cases or persons it is
 * given (the ids travel as one array), served by the indexes on accused.person_id, person.joined_to
 * and the case_id of each case part. A person is the record others are joined to: joins are one
 * level deep (V17), so coalesce(joined_to, id) is the person.
 */
@ApplicationScoped
public class PostgresNetworkReader implements NetworkReader {

    private static final String FOLLOWED = """
            members AS (
                SELECT root AS id, root FROM seed
                UNION SELECT p.id, p.joined_to FROM person p WHERE p.joined_to IN (SELECT root FROM seed))
            SELECT DISTINCT m.root, c.id, c.registered_on, %s AS visible
            FROM members m JOIN accused a ON a.person_id = m.id JOIN case_file c ON c.id = a.case_id
            ORDER BY c.registered_on, c.id, m.root""";

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Appearance> appearances(Set<CaseId> cases, CaseVisibility visibility) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return followed("""
                WITH seed AS (
                    SELECT DISTINCT coalesce(p.joined_to, a.person_id) AS root
                    FROM accused a LEFT JOIN person p ON p.id = a.person_id
                    WHERE a.case_id = ANY(CAST(string_to_array(:cases, ',') AS uuid[]))),
                """, Map.of("cases", ids(cases)), visibility);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Appearance> appearancesOf(PersonId person, CaseVisibility visibility) {
        return followed("""
                WITH seed AS (SELECT coalesce(p.joined_to, p.id) AS root FROM person p WHERE p.id = :person),
                """, Map.of("person", person.value()), visibility);
    }

    @SuppressWarnings("unchecked")
    private static List<Appearance> followed(String seed, Map<String, Object> given, CaseVisibility visibility) {
        Map<String, Object> params = new HashMap<>(given);
        String visible = PostgresCaseFinder.visibleCondition(visibility, params);
        Query query = Panache.getEntityManager().createNativeQuery(seed + FOLLOWED.formatted(visible));
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Appearance(new PersonId((UUID) r[0]), new CaseId((UUID) r[1]),
                Boolean.TRUE.equals(r[3]))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Content content(Set<CaseId> cases) {
        if (cases.isEmpty()) {
            return new Content(List.of(), List.of(), List.of(), List.of());
        }
        String ids = ids(cases);
        List<Object[]> caseRows = rows("""
                SELECT c.id, c.fir_number, c.office, c.status,
                       (SELECT string_agg(r.route, ' ' ORDER BY r.route) FROM (
                            SELECT array_to_string(o.route, '>') AS route FROM offence o WHERE o.case_id = c.id
                            UNION SELECT array_to_string(f.route, '>') FROM case_facts f WHERE f.case_id = c.id) r)
                FROM case_file c WHERE c.id = ANY(CAST(string_to_array(:cases, ',') AS uuid[]))
                ORDER BY c.registered_on, c.id""", ids);
        List<Object[]> accusedRows = rows("""
                SELECT a.case_id, coalesce(p.joined_to, a.person_id), a.name, array_to_string(a.roles, ','),
                       (SELECT string_agg(CAST(coalesce(lp.joined_to, l.id) AS text), ',')
                        FROM unnest(a.links) AS l(id) LEFT JOIN person lp ON lp.id = l.id)
                FROM accused a JOIN case_file c ON c.id = a.case_id LEFT JOIN person p ON p.id = a.person_id
                WHERE a.case_id = ANY(CAST(string_to_array(:cases, ',') AS uuid[]))
                ORDER BY c.registered_on, c.id, a.position""", ids);
        List<Object[]> victimRows = rows("""
                SELECT v.case_id, v.pseudonym, v.recruiter_relation
                FROM victim v JOIN case_file c ON c.id = v.case_id
                WHERE v.case_id = ANY(CAST(string_to_array(:cases, ',') AS uuid[]))
                ORDER BY c.registered_on, c.id, v.position""", ids);
        List<Object[]> chargeRows = rows("""
                SELECT o.case_id, coalesce(p.joined_to, o.accused_id), v.pseudonym
                FROM offence o JOIN offence_victim ov ON ov.offence_id = o.id JOIN victim v ON v.id = ov.victim_id
                     LEFT JOIN person p ON p.id = o.accused_id
                WHERE o.case_id = ANY(CAST(string_to_array(:cases, ',') AS uuid[]))
                ORDER BY o.case_id, o.position, v.position""", ids);
        return new Content(
                caseRows.stream().map(r -> new CaseRow(new CaseId((UUID) r[0]), (String) r[1], (String) r[2],
                        CaseStatus.valueOf((String) r[3]), split((String) r[4], " "))).toList(),
                accusedRows.stream().map(r -> new AccusedRow(new CaseId((UUID) r[0]), new PersonId((UUID) r[1]),
                        (String) r[2], roles((String) r[3]), split((String) r[4], ",").stream()
                        .map(id -> new PersonId(UUID.fromString(id))).collect(Collectors.toSet()))).toList(),
                victimRows.stream().map(r -> new VictimRow(new CaseId((UUID) r[0]), (String) r[1],
                        RecruiterRelation.valueOf((String) r[2]))).toList(),
                chargeRows.stream().map(r -> new ChargeRow(new CaseId((UUID) r[0]), new PersonId((UUID) r[1]),
                        (String) r[2])).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, String cases) {
        return Panache.getEntityManager().createNativeQuery(sql).setParameter("cases", cases).getResultList();
    }

    private static String ids(Set<CaseId> cases) {
        return cases.stream().map(CaseId::toString).collect(Collectors.joining(","));
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : new ArrayList<>(new LinkedHashSet<>(Arrays.asList(text.split(separator))));
    }

    private static Set<TraffickerRole> roles(String text) {
        Set<TraffickerRole> roles = EnumSet.noneOf(TraffickerRole.class);
        split(text, ",").forEach(r -> roles.add(TraffickerRole.valueOf(r)));
        return roles;
    }
}
