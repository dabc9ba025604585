package org.insaf.application.adapters;

import org.insaf.application.port.out.PseudonymSequence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryPseudonymSequence implements PseudonymSequence {

    private final Map<Integer, Long> last = new ConcurrentHashMap<>();

    @Override
    public long next(int year) {
        return last.merge(year, 1L, Long::sum);
    }
}
