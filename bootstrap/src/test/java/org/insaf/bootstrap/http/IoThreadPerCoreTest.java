package org.insaf.bootstrap.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class IoThreadPerCoreTest {

    @Test
    void the_running_service_has_one_http_io_thread_per_processor_from_this_source() {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        assertThat(config.getValue(IoThreadPerCore.IO_THREADS, Integer.class)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.getConfigValue(IoThreadPerCore.IO_THREADS).getSourceName()).isEqualTo("insaf-io-thread-per-core");
    }

    @Test
    void application_properties_the_environment_and_system_properties_override_it() {
        IoThreadPerCore source = new IoThreadPerCore();
        // application.properties is read at 250, the environment at 300, system properties at 400.
        assertThat(source.getOrdinal()).isLessThan(250);
        assertThat(source.getValue("quarkus.http.port")).isNull();
        assertThat(source.getProperties()).containsOnlyKeys(IoThreadPerCore.IO_THREADS);
    }
}
