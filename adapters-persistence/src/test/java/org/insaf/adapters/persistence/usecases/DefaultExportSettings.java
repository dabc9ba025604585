package org.insaf.adapters.persistence.usecases;

import jakarta.enterprise.context.ApplicationScoped;
import org.insaf.application.port.out.ExportSettings;

/** The export rule the use cases need to be built in this module's tests (the service's default). */
@ApplicationScoped
class DefaultExportSettings implements ExportSettings {

    @Override
    public int minimumK() {
        return 11;
    }
}
