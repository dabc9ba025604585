package org.insaf.adapters.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * A secret of the embedded default kept in its data folder: made once, readable by its owner only
 * (mode 600, set when the file is created, so it is never readable by others even for a moment).
 */
public final class SecretFile {

    private SecretFile() {
    }

    public static String loadOrCreate(Path file, Supplier<String> fresh) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.getParent());
            String secret = fresh.get();
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("The secret file " + file + " could not be read or made", e);
        }
    }

    /** Random hex: safe inside SQL string literals and configuration values without quoting. */
    public static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
