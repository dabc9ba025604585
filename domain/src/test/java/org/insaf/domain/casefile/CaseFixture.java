package org.insaf.domain.casefile;

import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimFixture;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.insaf.domain.offence.FactsFixture.internalForcedLabourByFraud;

/** A case of internal bonded-labour trafficking, 2017, taken as far as a test needs. */
final class CaseFixture {

    static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
    static final LocalDate OFFENCE = LocalDate.of(2016, 11, 20);
    static final LocalDate REGISTERED_ON = LocalDate.of(2017, 1, 10);
    static final LocalDate INVESTIGATING = LocalDate.of(2017, 1, 12);
    static final LocalDate CHARGED = LocalDate.of(2017, 4, 3);
    static final LocalDate TRIAL = LocalDate.of(2017, 6, 1);
    static final StatuteCatalogue CATALOGUE = StatuteCatalogueFixture.catalogue();
    static final StatuteRef PPC_369A = StatuteCatalogueFixture.PPC_369A.ref();
    static final StatuteRef PSMA_3 = StatuteCatalogueFixture.PSMA_3.ref();

    final PersonId victimId = PersonId.random();
    final PersonId accusedId = PersonId.random();
    final OffenceId offenceId = OffenceId.random();
    final Case theCase = Case.register(CaseId.random(), new FirNumber("FIR 12/2017"), new FiaCircle("AHTC Lahore"),
            REGISTERED_ON, Set.of(StatuteCode.of("PPC-369A")), List.of(), TODAY);

    CaseFixture withParties() {
        theCase.addVictim(victimId, new VictimIdentity("Name withheld", "35202-1234567-1", null, null),
                VictimFixture.details(Gender.MALE, AgeEvidence.bornOn(LocalDate.of(1990, 3, 3))), 123);
        theCase.addAccused(Trafficker.person(accusedId, "Kiln owner", Set.of(TraffickerRole.EXPLOITER),
                CountryCode.PAKISTAN), null, theCase.latestDate(), theCase.latestDate());
        return this;
    }

    CaseFixture investigating() {
        withParties();
        theCase.startInvestigation(INVESTIGATING, TODAY);
        return this;
    }

    Charge charge(StatuteRef statute, OffenceFacts facts) {
        return new Charge(offenceId, accusedId, statute, Set.of(victimId), facts);
    }

    Charge validCharge() {
        return charge(PPC_369A, internalForcedLabourByFraud(OFFENCE));
    }

    CaseFixture charged() {
        investigating();
        theCase.fileChargeSheet(List.of(validCharge()), CATALOGUE, CHARGED, TODAY);
        return this;
    }

    CaseFixture onTrial() {
        charged();
        theCase.openTrial(TRIAL, TODAY);
        return this;
    }
}
