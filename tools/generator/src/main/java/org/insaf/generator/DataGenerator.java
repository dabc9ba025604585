package org.insaf.generator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.application.port.out.BusinessClock;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.VerdictOutcome;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Fills the database with realistic cases through the application's use cases (never SQL), so
 * every rule of law, access rule and audit entry applies to them as to any other case. Stories
 * are planned by {@link StoryPlanner} and played by {@link StoryRunner}, by one or more workers.
 * A refusal stops the run: it means the generator planned something the law does not allow.
 */
@ApplicationScoped
public class DataGenerator {

    private static final long PROGRESS_EVERY_MILLIS = 5_000;

    private final StoryRunner runner;
    private final ListStatutesUseCase statutes;
    private final BusinessClock clock;

    DataGenerator(StoryRunner runner, ListStatutesUseCase statutes, BusinessClock clock) {
        this.runner = runner;
        this.statutes = statutes;
        this.clock = clock;
    }

    /** Generates the cases, telling {@code progress} how far it is every few seconds. */
    public GenerationReport generate(GenerationRequest request, Consumer<String> progress) {
        LocalDate today = clock.today();
        LocalDate asOf = request.asOf().orElse(today);
        if (asOf.isAfter(today)) {
            throw new IllegalArgumentException("the as-of day " + asOf + " is after today (" + today + ")");
        }
        var catalogue = QuarkusTransaction.requiringNew().call(() ->
                statutes.listStatutes(new ListStatutesUseCase.Query(Offices.ADMIN, Optional.empty())));
        StoryPlanner planner = new StoryPlanner(request.seed(), request.firPrefix(), catalogue, asOf);
        ContentDigest digest = new ContentDigest(request.firPrefix());
        int total = request.cases() - request.from();
        Tally tally = new Tally(total);
        progress.accept(String.format(java.util.Locale.ROOT,
                "generating %,d cases from number %,d (seed %d, FIRs %s-n/year, as of %s, %d worker(s), %s)", total,
                request.from() + 1,
                request.seed(), request.firPrefix(), asOf, request.workers(),
                request.oneTransactionPerCase() ? "one transaction per case" : "one transaction per command"));

        AtomicInteger next = new AtomicInteger(request.from());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long started = System.nanoTime();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(request.workers(), r -> {
            Thread t = new Thread(r, "insaf-generator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < request.workers(); w++) {
                workers.submit(() -> {
                    int i;
                    while (failure.get() == null && (i = next.getAndIncrement()) < request.cases()) {
                        CaseStory story = planner.plan(i);
                        try {
                            CaseView c = runner.run(story, request.oneTransactionPerCase());
                            tally.add(i - request.from(), story, c, digest.hashOf(c));
                        } catch (StoryRunner.StoryRefused e) {
                            if (request.from() > 0 && e.alreadyRegistered()) {
                                // Resuming: the stopped run had got this far.
                                tally.skip();
                            } else {
                                failure.compareAndSet(null, e);
                            }
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                });
            }
            workers.shutdown();
            while (!workers.awaitTermination(PROGRESS_EVERY_MILLIS, TimeUnit.MILLISECONDS)) {
                progress.accept(progressLine(tally.done(), total, Duration.ofNanos(System.nanoTime() - started)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } finally {
            workers.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        progress.accept(progressLine(tally.done(), total, took));
        return tally.report(took, digest);
    }

    static String progressLine(int done, int total, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        Duration eta = Duration.ofSeconds(Math.round((total - done) / Math.max(rate, 1e-9)));
        return String.format(java.util.Locale.ROOT, "%,d / %,d cases (%.1f %%), %.1f cases/s, elapsed %s, ETA %s",
                done, total, 100.0 * done / total, rate, duration(elapsed), duration(eta));
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60)
                : String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }

    /** The counts of a run, added to by every worker; each case's content hash kept in its place. */
    private static final class Tally {
        private final byte[][] hashes;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();
        private final LongAdder victims = new LongAdder();
        private final LongAdder accused = new LongAdder();
        private final LongAdder charges = new LongAdder();
        private final LongAdder hearings = new LongAdder();
        private final LongAdder convictions = new LongAdder();
        private final LongAdder sentences = new LongAdder();
        private final LongAdder warnings = new LongAdder();
        private final LongAdder commands = new LongAdder();
        private final Map<CaseStatus, LongAdder> byStatus = new ConcurrentHashMap<>();

        Tally(int cases) {
            hashes = new byte[cases][];
        }

        void skip() {
            skipped.incrementAndGet();
            done.incrementAndGet();
        }

        void add(int index, CaseStory story, CaseView c, byte[] hash) {
            hashes[index] = hash;
            byStatus.computeIfAbsent(c.status(), s -> new LongAdder()).increment();
            victims.add(c.victims().size());
            accused.add(c.accused().size());
            charges.add(c.offences().size());
            hearings.add(c.hearings().size());
            convictions.add(c.offences().stream()
                    .filter(o -> o.verdictGiven().filter(v -> v.outcome() == VerdictOutcome.CONVICTED).isPresent()).count());
            sentences.add(c.offences().stream().filter(o -> o.sentencePassed().isPresent()).count());
            warnings.add(c.warnings().size());
            commands.add(story.steps().size());
            done.incrementAndGet();
        }

        int done() {
            return done.get();
        }

        GenerationReport report(Duration took, ContentDigest digest) {
            Map<CaseStatus, Long> statuses = new EnumMap<>(CaseStatus.class);
            byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
            return new GenerationReport(done.get() - skipped.get(), skipped.get(), victims.sum(), accused.sum(), charges.sum(), hearings.sum(),
                    convictions.sum(), sentences.sum(), warnings.sum(), commands.sum(), statuses, took,
                    digest.combine(hashes));
        }
    }
}
