package org.insaf.application.statistics;

import org.insaf.domain.casefile.Case;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.person.Victim;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a victim's age is reckoned on for the figures and the export: the offence date, as the
 * law reckons it (a child is under 18 on the offence date). A victim named in charges takes the
 * earliest offence date of those charges (a child when the exploitation began is a child victim);
 * a victim no charge names yet takes the offence date of the case's recorded facts; before any
 * facts are recorded, the day the case was registered, the only date the case then has (so the
 * age group can change once the facts are recorded). The database reckons the same in the view
 * {@code victim_offence_age}.
 */
public final class VictimOffenceDate {

    private VictimOffenceDate() {
    }

    public static LocalDate of(Case record, Victim victim) {
        return record.offences().stream()
                .filter(o -> o.victims().contains(victim.id()))
                .map(Offence::facts).map(OffenceFacts::offenceDate)
                .min(LocalDate::compareTo)
                .or(() -> record.recordedFacts().map(OffenceFacts::offenceDate))
                .orElse(record.registeredOn());
    }

    /** Completed years on the victim's offence date; empty when not known. */
    public static Optional<Integer> ageOf(Case record, Victim victim) {
        return victim.age().ageOn(of(record, victim));
    }
}
