package org.insaf.bootstrap.http;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * One HTTP I/O thread (Vert.x event loop serving requests) per processor the JVM sees, instead of
 * Quarkus' two per processor. The event loops parse, route, refuse and write; the GraphQL executions
 * run on worker threads. Measured on the 2-core machine under 16 to 256 clients (docs/benchmarks.md):
 * with four event loops the two cores switched between more threads than they could run, and the
 * refusals of a full queue waited behind them; with two, 16-client throughput rose about 11 % and the
 * 503s' p99 at 256 clients fell under 50 ms. Set {@code quarkus.http.io-threads} to override: this
 * source's ordinal (100) is below application.properties, the environment and system properties.
 */
public class IoThreadPerCore implements ConfigSource {

    static final String IO_THREADS = "quarkus.http.io-threads";

    private final Map<String, String> properties =
            Map.of(IO_THREADS, Integer.toString(Runtime.getRuntime().availableProcessors()));

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "insaf-io-thread-per-core";
    }

    @Override
    public int getOrdinal() {
        return 100;
    }
}
