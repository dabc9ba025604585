package org.insaf.application.export;

import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One victim, de-identified: these seven fields and nothing else. No name, CNIC, contact or
 * address, no date (of birth, of registration, of an offence), no free text, and no id of the
 * victim, the case, the FIR or the pseudonym, so a row cannot be linked back to a case.
 *
 * @param yearRegistered    the year the victim's case was registered
 * @param ageBand           the age on the victim's offence date ({@code VictimOffenceDate}), in broad bands
 * @param citizenship       null when not known
 * @param exploitation      the forms of exploitation the victim suffered
 * @param meansOfControl    the means alleged in the charges naming the victim and in the case's
 *                          recorded facts
 * @param recruiterRelation how the victim stands to the recruiter
 */
public record VictimRecord(int yearRegistered, Gender gender, AgeBand ageBand, CountryCode citizenship,
                           Set<Purpose> exploitation, Set<Means> meansOfControl, RecruiterRelation recruiterRelation) {

    public VictimRecord {
        gender = gender == null ? Gender.UNKNOWN : gender;
        ageBand = ageBand == null ? AgeBand.UNKNOWN : ageBand;
        exploitation = frozen(exploitation, Purpose.class);
        meansOfControl = frozen(meansOfControl, Means.class);
        recruiterRelation = recruiterRelation == null ? RecruiterRelation.UNKNOWN : recruiterRelation;
    }

    /**
     * The fields an outsider may already know of a person (from a neighbour, a news story): the
     * groups that {@link KAnonymity} counts. The other fields are what researchers study.
     */
    public record QuasiIdentifiers(int yearRegistered, Gender gender, AgeBand ageBand, CountryCode citizenship) {
    }

    public QuasiIdentifiers quasiIdentifiers() {
        return new QuasiIdentifiers(yearRegistered, gender, ageBand, citizenship);
    }

    private static <E extends Enum<E>> Set<E> frozen(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(v -> copy.add(Objects.requireNonNull(v, type.getSimpleName())));
        }
        return Collections.unmodifiableSet(copy);
    }
}
