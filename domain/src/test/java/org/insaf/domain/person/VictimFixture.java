package org.insaf.domain.person;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;
import java.util.Set;

/** Victims for tests in every package. */
public final class VictimFixture {

    private static long sequence = 1;

    private VictimFixture() {
    }

    public static VictimDetails details(Gender gender, AgeEvidence age) {
        return new VictimDetails(gender, age, CountryCode.PAKISTAN, Set.of(), Set.of(), Set.of(), null);
    }

    public static Victim victim(Gender gender, AgeEvidence age) {
        return details(gender, age).toVictim(PersonId.random(), Pseudonym.of(2017, sequence++),
                new VictimIdentity("Name withheld", null, null, null));
    }

    public static Victim girlBornOn(LocalDate dateOfBirth) {
        return victim(Gender.FEMALE, AgeEvidence.bornOn(dateOfBirth));
    }

    public static Victim boyBornOn(LocalDate dateOfBirth) {
        return victim(Gender.MALE, AgeEvidence.bornOn(dateOfBirth));
    }

    public static Victim adultMan() {
        return boyBornOn(LocalDate.of(1980, 1, 1));
    }

    public static Victim adultWoman() {
        return girlBornOn(LocalDate.of(1980, 1, 1));
    }

    /** The victim as a store gives it back: without the protected identity. */
    public static Victim withoutIdentity(Victim v) {
        return new Victim(v.id(), v.pseudonym(), java.util.Optional.empty(), v.gender(), v.age(), v.nationality(),
                v.vulnerabilities(), v.exploitation(), v.protection(), v.recruiterRelation());
    }
}
