package org.insaf.adapters.persistence.person;

import jakarta.persistence.EntityManager;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.registry.NameNormaliser;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of a person and its name keys, written from an accused added to a case or from the
 * register; keys are sent as one comma-separated text (keys are letters and spaces only, phone
 * numbers digits only), so that every write is a plain parameterised statement.
 */
public final class PersonRows {

    private PersonRows() {
    }

    /**
     * The person behind an accused just added: made with the accused's name, CNIC and nationality,
     * or, for a person already known (linked by id), given this case's spelling of the name.
     */
    public static void recordAccused(EntityManager em, Trafficker accused) {
        // One statement: the person made or given the spelling, and the spelling's key.
        em.createNativeQuery("""
                        WITH p AS (
                            INSERT INTO person (id, kind, names, cnic, nationality, key_version)
                            VALUES (:id, :kind, ARRAY[CAST(:name AS text)], CAST(:cnic AS varchar), CAST(:nationality AS varchar), :version)
                            ON CONFLICT (id) DO UPDATE SET
                                names = CASE WHEN EXCLUDED.names[1] = ANY(person.names) THEN person.names
                                             ELSE array_append(person.names, EXCLUDED.names[1]) END,
                                cnic = COALESCE(person.cnic, EXCLUDED.cnic)
                            RETURNING id, district_key)
                        INSERT INTO person_name_key (person_id, name_key, district_key)
                        SELECT id, CAST(:key AS varchar), district_key FROM p WHERE CAST(:key AS varchar) <> ''
                        ON CONFLICT DO NOTHING""")
                .setParameter("id", accused.id().value())
                .setParameter("kind", accused.kind().name())
                .setParameter("name", accused.name())
                .setParameter("cnic", accused.cnic())
                .setParameter("nationality", accused.nationality() == null ? null : accused.nationality().value())
                .setParameter("version", NameNormaliser.VERSION)
                .setParameter("key", NameNormaliser.key(accused.name()))
                .executeUpdate();
    }

    /** Writes particulars and their keys (the old keys go: a record's keys are those of its names). */
    static void write(EntityManager em, PersonEntity row, PersonParticulars p) {
        row.names = p.names().toArray(String[]::new);
        row.fatherName = p.fatherName();
        row.cnic = p.cnic();
        row.passport = p.passport();
        row.phones = p.phones().stream().map(PhoneNumber::digits).toArray(String[]::new);
        row.district = p.district();
        rekey(em, List.of(row));
    }

    /** Remakes the keys of the rows with the current normaliser, in three statements for any number of rows. */
    static void rekey(EntityManager em, List<PersonEntity> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder ids = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        // Each key with its person's district key (V27), '' for none: keys and districts hold no comma.
        StringBuilder districts = new StringBuilder();
        for (PersonEntity row : rows) {
            PersonParticulars p = particulars(row);
            row.fatherKey = p.fatherKey().orElse(null);
            row.districtKey = p.districtKey().orElse(null);
            row.keyVersion = NameNormaliser.VERSION;
            for (String key : p.nameKeys()) {
                districts.append(ids.isEmpty() ? "" : ",").append(row.districtKey == null ? "" : row.districtKey);
                ids.append(ids.isEmpty() ? "" : ",").append(row.id);
                keys.append(keys.isEmpty() ? "" : ",").append(key);
            }
        }
        em.createNativeQuery("DELETE FROM person_name_key WHERE person_id = ANY(CAST(string_to_array(:ids, ',') AS uuid[]))")
                .setParameter("ids", rows.stream().map(r -> r.id.toString()).collect(Collectors.joining(",")))
                .executeUpdate();
        if (!ids.isEmpty()) {
            em.createNativeQuery("""
                    INSERT INTO person_name_key (person_id, name_key, district_key)
                    SELECT DISTINCT CAST(i AS uuid), k, NULLIF(d, '')
                    FROM unnest(string_to_array(:ids, ','), string_to_array(:keys, ','), string_to_array(:districts, ',')) AS t(i, k, d)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("ids", ids.toString()).setParameter("keys", keys.toString())
                    .setParameter("districts", districts.toString()).executeUpdate();
        }
    }

    static PersonParticulars particulars(PersonEntity row) {
        Set<PhoneNumber> phones = new LinkedHashSet<>();
        for (String digits : Optional.ofNullable(row.phones).orElse(new String[0])) {
            phones.add(new PhoneNumber(digits));
        }
        return new PersonParticulars(List.of(row.names), row.fatherName, row.cnic, row.passport, phones, row.district);
    }

}
