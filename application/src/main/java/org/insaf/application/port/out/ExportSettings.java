package org.insaf.application.port.out;

/** What the deployment decides about de-identified exports (bootstrap reads it from its configuration). */
public interface ExportSettings {

    /** The smallest k a caller may ask for; at least {@link org.insaf.application.export.KAnonymity#SMALLEST_K}. */
    int minimumK();
}
