package org.insaf.adapters.graphql.admission;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The executions running and waiting now, as gauges of the service's registry (bound by Quarkus at
 * each start, so they always read this start's queue). The refusals are counters of
 * {@link AdmissionControl}.
 */
@Singleton
public class AdmissionMeters implements MeterBinder {

    private final AdmissionControl admission;

    public AdmissionMeters(AdmissionControl admission) {
        this.admission = admission;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        AdmissionQueue queue = admission.queue();
        Gauge.builder("insaf.graphql.admission.running", queue, AdmissionQueue::runningNow)
                .description("GraphQL executions running now (at most max-running)").register(registry);
        Gauge.builder("insaf.graphql.admission.waiting", queue, AdmissionQueue::waitingNow)
                .description("GraphQL executions waiting for their turn now (at most max-waiting)").register(registry);
        Gauge.builder("insaf.graphql.admission.max.running", queue, AdmissionQueue::maxRunning)
                .description("How many GraphQL executions may run at once").register(registry);
    }
}
