package org.insaf.application.casefile;

import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Purpose;

import java.util.Set;

/** A victim as every role that may see the case sees it: the pseudonym and nothing that identifies the person. */
public record VictimView(PersonId id, Pseudonym pseudonym, Gender gender, AgeEvidence age, CountryCode nationality,
                         Set<VulnerabilityFactor> vulnerabilities, Set<Purpose> exploitation,
                         Set<ProtectionMeasure> protection, RecruiterRelation recruiterRelation) {

    public static VictimView of(Victim victim) {
        return new VictimView(victim.id(), victim.pseudonym(), victim.gender(), victim.age(), victim.nationality(),
                victim.vulnerabilities(), victim.exploitation(), victim.protection(), victim.recruiterRelation());
    }
}
