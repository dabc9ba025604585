package org.insaf.application.person;

import org.insaf.domain.person.registry.Person;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.shared.PersonId;

import java.util.Optional;

/** A person record as the caller sees it after a change: its particulars and what it is joined to. */
public record PersonView(PersonId id, PersonParticulars particulars, Optional<PersonId> joinedTo) {

    public static PersonView of(Person person) {
        return new PersonView(person.id(), person.particulars(), person.joinedTo());
    }
}
