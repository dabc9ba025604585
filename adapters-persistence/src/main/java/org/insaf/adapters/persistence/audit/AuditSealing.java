package org.insaf.adapters.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/**
 * Where the audit's trust lives outside the database: the key that seals entries and signs
 * checkpoints ({@code insaf.audit.key}, base64, at least 256 bits; {@code insaf.audit.key-id}) and
 * the checkpoint file ({@code insaf.audit.checkpoint-file}). Without them the service does not start.
 */
@ApplicationScoped
public class AuditSealing {

    private final AuditKey key;
    private final AuditCheckpointFile checkpoints;

    public AuditSealing(@ConfigProperty(name = "insaf.audit.key") String base64Key,
                        @ConfigProperty(name = "insaf.audit.key-id", defaultValue = "a1") String keyId,
                        @ConfigProperty(name = "insaf.audit.checkpoint-file") String checkpointFile) {
        this.key = AuditKey.of(keyId, base64Key);
        this.checkpoints = new AuditCheckpointFile(Path.of(checkpointFile));
    }

    AuditKey key() {
        return key;
    }

    public AuditCheckpointFile checkpoints() {
        return checkpoints;
    }

    AuditChainVerifier verifier() {
        return new AuditChainVerifier(java.util.List.of(key), checkpoints.lines(), checkpoints.path().toString());
    }
}
