package org.insaf.application.adapters;

import org.insaf.application.contract.PseudonymSequenceContract;
import org.insaf.application.port.out.PseudonymSequence;

class InMemoryPseudonymSequenceTest extends PseudonymSequenceContract {

    @Override
    protected PseudonymSequence freshSequence() {
        return new InMemoryPseudonymSequence();
    }
}
