package org.insaf.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.application.port.out.ExportSettings;

/** The deployment's rules for de-identified exports, from application.properties (insaf.export.*). */
@ApplicationScoped
class ConfiguredExportSettings implements ExportSettings {

    private final int minimumK;

    ConfiguredExportSettings(@ConfigProperty(name = "insaf.export.minimum-k", defaultValue = "11") int minimumK) {
        this.minimumK = minimumK;
    }

    @Override
    public int minimumK() {
        return minimumK;
    }
}
