package org.insaf.adapters.persistence.export;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.insaf.application.export.AgeBand;
import org.insaf.application.export.VictimRecord;
import org.insaf.application.port.out.VictimRecordSource;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The de-identified victims as one query, read row by row. It selects the victim's own columns and
 * no key: not the victim's id, pseudonym or case, and never the victim_identity table. The age is
 * computed in the database on the victim's offence date (the view victim_offence_age, the rule of
 * VictimOffenceDate), so neither the date of birth nor the estimate leaves it; only its band is kept.
 */
@ApplicationScoped
public class PostgresVictimRecordSource implements VictimRecordSource {

    private static final String VICTIMS = """
            SELECT CAST(extract(YEAR FROM c.registered_on) AS INTEGER),
                   v.gender,
                   a.age,
                   v.nationality,
                   array_to_string(v.exploitation, ','),
                   array_to_string(ARRAY(
                       SELECT m.name FROM (
                           SELECT unnest(o.means) FROM offence_victim ov JOIN offence o ON o.id = ov.offence_id
                           WHERE ov.victim_id = v.id
                           UNION
                           SELECT unnest(f.means) FROM case_facts f WHERE f.case_id = v.case_id) AS m (name)
                       ), ','),
                   v.recruiter_relation
            FROM victim v JOIN case_file c ON c.id = v.case_id JOIN victim_offence_age a ON a.victim_id = v.id
            WHERE c.registered_on >= :from AND c.registered_on < :to""";

    /**
     * Rows fetched from the database at a time (inside a transaction; without one the driver
     * reads the whole result). The records themselves are all held by the application, which
     * must count the groups before it publishes any row.
     */
    private static final int FETCH_SIZE = 500;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void registeredBetween(int fromYear, int toYear, Consumer<VictimRecord> sink) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = Panache.getEntityManager().createNativeQuery(VICTIMS)
                .setParameter("from", LocalDate.of(fromYear, 1, 1))
                .setParameter("to", LocalDate.of(toYear + 1, 1, 1))
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        try (rows) {
            rows.map(PostgresVictimRecordSource::record).forEach(sink);
        }
    }

    private static VictimRecord record(Object[] row) {
        return new VictimRecord(((Number) row[0]).intValue(),
                Gender.valueOf((String) row[1]),
                AgeBand.of(Optional.ofNullable((Number) row[2]).map(Number::intValue)),
                row[3] == null ? null : CountryCode.of(((String) row[3]).strip()),
                names((String) row[4], Purpose::valueOf),
                names((String) row[5], Means::valueOf),
                RecruiterRelation.valueOf((String) row[6]));
    }

    private static <E> Set<E> names(String joined, Function<String, E> valueOf) {
        return joined == null || joined.isEmpty() ? Set.of()
                : Arrays.stream(joined.split(",")).map(valueOf).collect(Collectors.toSet());
    }
}
