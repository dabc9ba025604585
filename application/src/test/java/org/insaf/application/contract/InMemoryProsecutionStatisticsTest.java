package org.insaf.application.contract;

import org.insaf.application.adapters.InMemoryCaseRepository;
import org.insaf.application.adapters.InMemoryProsecutionStatistics;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.application.port.out.ProsecutionStatistics;

class InMemoryProsecutionStatisticsTest extends ProsecutionStatisticsContract {

    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryProsecutionStatistics statistics = new InMemoryProsecutionStatistics(cases);

    @Override
    protected CaseRepository repository() {
        return cases;
    }

    @Override
    protected ProsecutionStatistics statistics() {
        return statistics;
    }
}
