package org.insaf.application.adapters;

import org.insaf.domain.casefile.Case;
import org.insaf.application.export.AgeBand;
import org.insaf.application.export.VictimRecord;
import org.insaf.application.port.out.VictimRecordSource;
import org.insaf.application.statistics.VictimOffenceDate;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.person.Victim;
import org.insaf.domain.statute.Means;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** The de-identified victims of the in-memory cases, by the same definitions as the SQL. */
public class InMemoryVictimRecordSource implements VictimRecordSource {

    private final InMemoryCases cases;

    public InMemoryVictimRecordSource(InMemoryCases cases) {
        this.cases = cases;
    }

    @Override
    public void registeredBetween(int fromYear, int toYear, Consumer<VictimRecord> sink) {
        for (Case record : cases.all()) {
            Case c = record;
            int year = c.registeredOn().getYear();
            if (year < fromYear || year > toYear) {
                continue;
            }
            for (Victim v : c.victims()) {
                sink.accept(new VictimRecord(year, v.gender(), AgeBand.of(VictimOffenceDate.ageOf(record, v)),
                        v.nationality(), v.exploitation(), meansOfControl(record, v), v.recruiterRelation()));
            }
        }
    }

    /** The means alleged in the charges that name the victim, and in the case's recorded facts. */
    private static Set<Means> meansOfControl(Case record, Victim victim) {
        Set<Means> means = EnumSet.noneOf(Means.class);
        record.offences().stream()
                .filter(o -> o.victims().contains(victim.id()))
                .forEach(o -> means.addAll(o.facts().means()));
        record.recordedFacts().map(OffenceFacts::means).ifPresent(means::addAll);
        return means;
    }
}
