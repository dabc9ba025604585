package org.insaf.application.contract;

import org.insaf.application.adapters.InMemoryCases;
import org.insaf.application.adapters.InMemoryProsecutionStatistics;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.ProsecutionStatistics;

class InMemoryProsecutionStatisticsTest extends ProsecutionStatisticsContract {

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryProsecutionStatistics statistics = new InMemoryProsecutionStatistics(cases);

    @Override
    protected CaseEventWriter cases() {
        return cases;
    }

    @Override
    protected ProsecutionStatistics statistics() {
        return statistics;
    }
}
