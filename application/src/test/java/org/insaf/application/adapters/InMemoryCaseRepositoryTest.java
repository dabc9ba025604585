package org.insaf.application.adapters;

import org.insaf.application.contract.CaseRepositoryContract;
import org.insaf.application.port.out.CaseRepository;

class InMemoryCaseRepositoryTest extends CaseRepositoryContract {

    private final InMemoryCaseRepository repository = new InMemoryCaseRepository();

    @Override
    protected CaseRepository repository() {
        return repository;
    }
}
