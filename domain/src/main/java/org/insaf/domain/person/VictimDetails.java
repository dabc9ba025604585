package org.insaf.domain.person;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.statute.Purpose;

import java.util.Set;

/** What is recorded about a victim besides the protected identity; the case adds the pseudonym. */
public record VictimDetails(Gender gender, AgeEvidence age, CountryCode nationality,
                            Set<VulnerabilityFactor> vulnerabilities, Set<Purpose> exploitation,
                            Set<ProtectionMeasure> protection, RecruiterRelation recruiterRelation) {

    public VictimDetails {
        gender = gender == null ? Gender.UNKNOWN : gender;
        age = age == null ? AgeEvidence.unknown() : age;
        vulnerabilities = Victim.frozen(vulnerabilities, VulnerabilityFactor.class);
        exploitation = Victim.frozen(exploitation, Purpose.class);
        protection = Victim.frozen(protection, ProtectionMeasure.class);
        recruiterRelation = recruiterRelation == null ? RecruiterRelation.UNKNOWN : recruiterRelation;
    }

    public Victim toVictim(org.insaf.domain.shared.PersonId id, Pseudonym pseudonym, VictimIdentity identity) {
        return new Victim(id, pseudonym, identity, gender, age, nationality, vulnerabilities, exploitation, protection,
                recruiterRelation);
    }
}
