package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.Person;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.shared.PersonId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persons behind the accused of every case. A record exists for each accused from the moment it
 * is added (the case's writer makes it); the register keeps the particulars, the joins and the
 * candidates investigators rejected.
 */
public interface PersonRegister {

    /** A record with what it is joined to and what is joined to it. */
    Optional<Person> load(PersonId id);

    /** Stores the record's particulars and its join (or its absence), with the time of a join. */
    void save(Person person, Instant at);

    /**
     * The records that may be the person sought for a record: any with the same CNIC, passport or
     * phone, and those with a name key close by trigram similarity ({@code SamePersonTest.NARROWING});
     * not the excluded ones nor records joined to them, nor those rejected for the record; at most
     * {@code limit}. The caller scores them.
     */
    List<Recorded> near(PersonId record, PersonParticulars sought, List<PersonId> excluded, int limit);

    /** Notes that an investigator said the candidate is not the same person as the record. */
    void reject(PersonId record, PersonId candidate, String actorId, Instant at);

    /** The cases in which a record is an accused, oldest registration first. */
    List<CaseId> casesOf(PersonId id);

    /** A stored record with the cases it is accused in. */
    record Recorded(Person person, List<CaseId> cases) {
        public Recorded {
            cases = List.copyOf(cases);
        }
    }
}
