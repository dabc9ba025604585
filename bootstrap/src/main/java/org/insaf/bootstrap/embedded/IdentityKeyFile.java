package org.insaf.bootstrap.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.getParent());
            String key = newKey();
            Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The identity key file " + file + " could not be read or made", e);
        }
    }

    /** A fresh random 256-bit AES key, base64-encoded. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
