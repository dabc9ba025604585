package org.insaf.application.adapters;

import org.insaf.application.port.out.StatuteCatalogue;
import org.insaf.domain.statute.Statute;

import java.util.Comparator;
import java.util.List;

public class InMemoryStatuteCatalogue implements StatuteCatalogue {

    private final List<Statute> statutes;

    public InMemoryStatuteCatalogue(List<Statute> statutes) {
        this.statutes = statutes.stream()
                .sorted(Comparator.comparing(Statute::code).thenComparingInt(Statute::version)).toList();
    }

    @Override
    public List<Statute> all() {
        return statutes;
    }
}
