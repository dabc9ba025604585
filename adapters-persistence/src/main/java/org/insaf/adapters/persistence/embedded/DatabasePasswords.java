package org.insaf.adapters.persistence.embedded;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's three roles: the superuser (used only to set up the
 * other two at start), the owner of the schema (Flyway) and the service's role. Generated once and
 * kept beside the identity key, readable by its owner only.
 */
public record DatabasePasswords(String superuser, String owner, String app) {

    public DatabasePasswords {
        for (String password : new String[] {superuser, owner, app}) {
            if (password == null || !password.matches("[0-9a-f]{32,}")) {
                throw new IllegalArgumentException("A database password of the embedded default must be 32 or more hex digits");
            }
        }
    }

    public static DatabasePasswords generate() {
        return new DatabasePasswords(SecretFile.randomHex(24), SecretFile.randomHex(24), SecretFile.randomHex(24));
    }

    public static DatabasePasswords loadOrCreate(Path file) {
        String text = SecretFile.loadOrCreate(file, () -> generate().asText());
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new DatabasePasswords(properties.getProperty("superuser"), properties.getProperty("owner"),
                    properties.getProperty("app"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The database passwords file " + file
                    + " is damaged: it needs the lines superuser=, owner= and app=", e);
        }
    }

    private String asText() {
        return "superuser=" + superuser + "\nowner=" + owner + "\napp=" + app;
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
