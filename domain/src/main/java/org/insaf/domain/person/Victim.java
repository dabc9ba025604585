package org.insaf.domain.person;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Purpose;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person exploited in a case. Everything but {@link #identity()} may be shown to those who work
 * on the case and, aggregated, to analysts; the identity is a separate, protected part, present only
 * where it was given (a victim just recorded) or read for someone who may read it: a case loaded to
 * be changed or shown carries its victims without identities.
 *
 * @param nationality       null when not known
 * @param recruiterRelation how the victim stands to whoever recruited them; UNKNOWN when not recorded
 */
public record Victim(PersonId id, Pseudonym pseudonym, Optional<VictimIdentity> identity, Gender gender, AgeEvidence age,
                     CountryCode nationality, Set<VulnerabilityFactor> vulnerabilities,
                     Set<Purpose> exploitation, Set<ProtectionMeasure> protection,
                     RecruiterRelation recruiterRelation) {

    public Victim {
        InvalidValueException.required(id, "victim person id");
        InvalidValueException.required(pseudonym, "pseudonym");
        InvalidValueException.required(identity, "victim identity (or its absence)");
        gender = gender == null ? Gender.UNKNOWN : gender;
        age = age == null ? AgeEvidence.unknown() : age;
        vulnerabilities = frozen(vulnerabilities, VulnerabilityFactor.class);
        exploitation = frozen(exploitation, Purpose.class);
        protection = frozen(protection, ProtectionMeasure.class);
        recruiterRelation = recruiterRelation == null ? RecruiterRelation.UNKNOWN : recruiterRelation;
    }

    /** A victim recorded with the identity given. */
    public Victim(PersonId id, Pseudonym pseudonym, VictimIdentity identity, Gender gender, AgeEvidence age,
                  CountryCode nationality, Set<VulnerabilityFactor> vulnerabilities, Set<Purpose> exploitation,
                  Set<ProtectionMeasure> protection, RecruiterRelation recruiterRelation) {
        this(id, pseudonym, Optional.of(InvalidValueException.required(identity, "victim identity")), gender, age,
                nationality, vulnerabilities, exploitation, protection, recruiterRelation);
    }

    /** The same victim with the protected identity read for a caller who may read it. */
    public Victim withIdentity(VictimIdentity read) {
        return new Victim(id, pseudonym, Optional.of(InvalidValueException.required(read, "victim identity")), gender,
                age, nationality, vulnerabilities, exploitation, protection, recruiterRelation);
    }

    /** The same victim without the protected identity, as a case is loaded. */
    public Victim withoutIdentity() {
        return new Victim(id, pseudonym, Optional.empty(), gender, age, nationality, vulnerabilities, exploitation,
                protection, recruiterRelation);
    }

    /** A child is under 18 on the date; false when the age is not known. Exact at the 18th birthday. */
    public boolean isChildOn(LocalDate date) {
        return age.isUnderOn(AgeEvidence.AGE_OF_MAJORITY, date);
    }

    public boolean isFemale() {
        return gender == Gender.FEMALE;
    }

    static <E extends Enum<E>> Set<E> frozen(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            for (E value : values) {
                copy.add(InvalidValueException.required(value, type.getSimpleName()));
            }
        }
        return Collections.unmodifiableSet(copy);
    }
}
