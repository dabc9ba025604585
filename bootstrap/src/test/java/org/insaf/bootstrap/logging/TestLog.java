package org.insaf.bootstrap.logging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The log file of the test run (application.properties, %test.quarkus.log.file.path). */
public final class TestLog {

    static final Path FILE = Path.of("target", "insaf-test.log");

    private TestLog() {
    }

    public static List<String> lines() throws IOException {
        return Files.readAllLines(FILE, StandardCharsets.UTF_8);
    }

    /** Each log line that holds one of the secrets, with the secret it holds. */
    public static List<String> linesHolding(Collection<String> secrets) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            for (String secret : secrets) {
                if (lines.get(i).contains(secret)) {
                    found.add("line " + (i + 1) + " holds \"" + secret + "\"");
                }
            }
        }
        return found;
    }
}
