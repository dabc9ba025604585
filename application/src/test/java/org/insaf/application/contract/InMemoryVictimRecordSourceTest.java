package org.insaf.application.contract;

import org.insaf.application.adapters.InMemoryCaseRepository;
import org.insaf.application.adapters.InMemoryVictimRecordSource;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.application.port.out.VictimRecordSource;

class InMemoryVictimRecordSourceTest extends VictimRecordSourceContract {

    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryVictimRecordSource source = new InMemoryVictimRecordSource(cases);

    @Override
    protected CaseRepository repository() {
        return cases;
    }

    @Override
    protected VictimRecordSource source() {
        return source;
    }
}
