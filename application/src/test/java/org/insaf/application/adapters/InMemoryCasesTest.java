package org.insaf.application.adapters;

import org.insaf.application.contract.CasesContract;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.VictimIdentityReader;

class InMemoryCasesTest extends CasesContract {

    private final InMemoryCases cases = new InMemoryCases();

    @Override
    protected CaseLoader loader() {
        return cases;
    }

    @Override
    protected CaseEventWriter writer() {
        return cases;
    }

    @Override
    protected CaseFinder finder() {
        return cases;
    }

    @Override
    protected VictimIdentityReader identities() {
        return cases;
    }
}
