package org.insaf.adapters.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default's secrets are made once, kept, and readable by their owner only. */
class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void the_database_passwords_are_made_once_and_readable_by_their_owner_only() throws IOException {
        Path file = dir.resolve("data/database-passwords");
        DatabasePasswords first = DatabasePasswords.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(DatabasePasswords.loadOrCreate(file)).isEqualTo(first);
        assertThat(new java.util.HashSet<>(java.util.List.of(first.superuser(), first.owner(), first.app()))).hasSize(3);
        assertThat(first.toString()).doesNotContain(first.app()).doesNotContain(first.owner());
    }

    @Test
    void the_identity_key_is_made_once_and_readable_by_its_owner_only() throws IOException {
        Path file = dir.resolve("identity.key");
        String key = IdentityKeyFile.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(IdentityKeyFile.loadOrCreate(file)).isEqualTo(key);
    }

    @Test
    void a_damaged_passwords_file_is_refused_with_what_it_needs() throws IOException {
        Path file = dir.resolve("database-passwords");
        Files.writeString(file, "superuser=abc\n");
        assertThatThrownBy(() -> DatabasePasswords.loadOrCreate(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("superuser=, owner= and app=");
    }
}
