package org.insaf.application.contract;

import org.insaf.application.port.out.PseudonymSequence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PseudonymSequence} must do: per year, hand out 1, 2, 3, ... and never a number
 * twice, also to callers asking at the same time.
 */
public abstract class PseudonymSequenceContract {

    /** A sequence that has handed out no number yet, for any year (e.g. an emptied table). */
    protected abstract PseudonymSequence freshSequence();

    /** Runs work in one transaction that commits when it returns; by default, just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private PseudonymSequence sequence;

    // Synchronised: the concurrency test calls it from several threads at once, and a store may
    // take a while to make a fresh sequence.
    private synchronized PseudonymSequence sequence() {
        if (sequence == null) {
            sequence = freshSequence();
        }
        return sequence;
    }

    private long next(int year) {
        return inTransaction(() -> sequence().next(year));
    }

    @Test
    void starts_at_1_and_counts_up() {
        assertThat(List.of(next(2017), next(2017), next(2017))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void every_year_has_its_own_count() {
        assertThat(next(2017)).isEqualTo(1);
        assertThat(next(2017)).isEqualTo(2);
        assertThat(next(2018)).isEqualTo(1);
        assertThat(next(2017)).isEqualTo(3);
        assertThat(next(2018)).isEqualTo(2);
        assertThat(next(1999)).isEqualTo(1);
    }

    @Test
    void never_hands_out_a_number_twice_to_callers_asking_at_once() throws Exception {
        int callers = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<List<Long>>> work = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                work.add(() -> {
                    List<Long> got = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        got.add(next(2020));
                    }
                    return got;
                });
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : pool.invokeAll(work)) {
                List<Long> got = f.get();
                assertThat(got).as("one caller's numbers rise").isSorted();
                all.addAll(got);
            }
            assertThat(all).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, (long) callers * each).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(next(2021)).as("other years untouched").isEqualTo(1);
    }
}
