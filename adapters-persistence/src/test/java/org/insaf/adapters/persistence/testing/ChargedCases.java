package org.insaf.adapters.persistence.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.Case;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.Charge;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Charged cases of one office, each with a victim, an accused and a charge under PACHTO-3, stored directly. */
public final class ChargedCases {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    // Pseudonym numbers no other test hands out.
    private static final AtomicLong PSEUDONYMS = new AtomicLong(500_000);

    private ChargedCases() {
    }

    /** Registered from 1 March 2017 a day apart, 90 days round, all before their investigation starts. */
    public static void store(CaseEventWriter writer, String office, int count) {
        var catalogue = StatuteCatalogueFixture.catalogue();
        for (int i = 0; i < count; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> {
                Case c = Case.register(CaseId.random(), new FirNumber("CNT-" + n), new FiaCircle(office),
                        LocalDate.of(2017, 3, 1).plusDays(n % 90), Set.of(StatuteCode.of("PACHTO-3")), List.of(), TODAY);
                c.startInvestigation(LocalDate.of(2017, 6, 1), TODAY);
                PersonId victim = PersonId.random();
                c.addVictim(victim, new VictimIdentity("Victim " + n, null, null, null),
                        new VictimDetails(Gender.FEMALE, AgeEvidence.estimated(15, LocalDate.of(2017, 6, 1)),
                                CountryCode.PAKISTAN, Set.of(), Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), null),
                        PSEUDONYMS.incrementAndGet());
                PersonId accused = PersonId.random();
                c.addAccused(Trafficker.person(accused, "Accused " + n, Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN), null, c.latestDate(), c.latestDate());
                OffenceFacts facts = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.DECEPTION),
                        Set.of(Purpose.DOMESTIC_SERVITUDE), Route.of("PK", "AE"), LocalDate.of(2017, 2, 1), Set.of());
                c.recordFacts(facts, TODAY);
                c.fileChargeSheet(List.of(new Charge(OffenceId.random(), accused, StatuteRef.of("PACHTO-3", 1),
                        Set.of(victim), facts)), catalogue, LocalDate.of(2017, 7, 1), TODAY);
                writer.save(c);
            });
        }
    }
}
