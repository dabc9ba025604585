package org.insaf.application.contract;

import org.insaf.application.adapters.InMemoryCases;
import org.insaf.application.adapters.InMemoryVictimRecordSource;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.VictimRecordSource;

class InMemoryVictimRecordSourceTest extends VictimRecordSourceContract {

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryVictimRecordSource source = new InMemoryVictimRecordSource(cases);

    @Override
    protected CaseEventWriter cases() {
        return cases;
    }

    @Override
    protected VictimRecordSource source() {
        return source;
    }
}
