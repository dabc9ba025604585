package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.util.Optional;
import java.util.Set;

/**
 * One person behind the accused of many cases. Each accused keeps the id of the record its case made
 * (cases are never rewritten by a link); an investigator who finds that two records are one person
 * joins one to the other, and can separate them again: a joined record answers for the person it is
 * joined to, and keeps its own particulars so that a separation restores it as it was.
 */
public final class Person {

    private final PersonId id;
    private PersonParticulars particulars;
    private Optional<PersonId> joinedTo;
    private final Set<PersonId> joinedToThis;

    private Person(PersonId id, PersonParticulars particulars, Optional<PersonId> joinedTo, Set<PersonId> joinedToThis) {
        this.id = InvalidValueException.required(id, "person id");
        this.particulars = InvalidValueException.required(particulars, "particulars");
        this.joinedTo = InvalidValueException.required(joinedTo, "the person joined to (or none)");
        this.joinedToThis = Set.copyOf(InvalidValueException.required(joinedToThis, "records joined to this one"));
    }

    /** A new record, on its own. */
    public static Person recorded(PersonId id, PersonParticulars particulars) {
        return new Person(id, particulars, Optional.empty(), Set.of());
    }

    /** A stored record as it stands. */
    public static Person restored(PersonId id, PersonParticulars particulars, Optional<PersonId> joinedTo,
                                  Set<PersonId> joinedToThis) {
        return new Person(id, particulars, joinedTo, joinedToThis);
    }

    public PersonId id() {
        return id;
    }

    public PersonParticulars particulars() {
        return particulars;
    }

    public Optional<PersonId> joinedTo() {
        return joinedTo;
    }

    public Set<PersonId> joinedToThis() {
        return joinedToThis;
    }

    /** The person this record stands for: the one it is joined to, or itself. */
    public PersonId person() {
        return joinedTo.orElse(id);
    }

    /** More is known of the person: names are added, the rest filled where unknown and corrected where given. */
    public void record(PersonParticulars more) {
        InvalidValueException.required(more, "particulars");
        PersonParticulars given = more.with(particulars);
        ParticularsPolicy.mayRecord(this, given).orThrow();
        particulars = given;
    }

    /** Joins this record to another found to be the same person. */
    public void joinTo(Person other) {
        PersonLinkPolicy.mayJoin(this, other).orThrow();
        joinedTo = Optional.of(other.id);
    }

    /** Separates this record from the person it was joined to: both stand alone again. */
    public void separate() {
        PersonLinkPolicy.maySeparate(this).orThrow();
        joinedTo = Optional.empty();
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
