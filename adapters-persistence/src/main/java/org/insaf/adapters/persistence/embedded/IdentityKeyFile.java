package org.insaf.adapters.persistence.embedded;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A key of the embedded default (the one that encrypts victims' identities, the one that seals the
 * audit): made once, kept beside the data it protects, readable by its owner only. A deployment
 * sets INSAF_IDENTITY_KEY and INSAF_AUDIT_KEY instead.
 */
public final class IdentityKeyFile {

    private IdentityKeyFile() {
    }

    public static String loadOrCreate(Path file) {
        return SecretFile.loadOrCreate(file, IdentityKeyFile::newKey);
    }

    /** A fresh random 256-bit AES key, base64-encoded. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
