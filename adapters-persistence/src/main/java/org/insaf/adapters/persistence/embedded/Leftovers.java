package org.insaf.adapters.persistence.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Servers an earlier run left behind when it was killed (kill -9 gives it no chance to stop them):
 * found by the process id they wrote into the data folder and stopped before a new start, so the
 * next start on the same data folder succeeds. A process id is trusted only if the process still
 * looks like the server that wrote it, so a reused id is never stopped.
 */
public final class Leftovers {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private Leftovers() {
    }

    /** The first line of a pid file (PostgreSQL's postmaster.pid, or ours), if any. */
    public static Optional<Long> pidIn(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Stops the process (and its children) if it is alive and its command line mentions every one
     * of {@code marks}; SIGTERM first, SIGKILL after a grace period.
     *
     * @return whether a leftover was found and stopped
     */
    public static boolean stop(long pid, String... marks) {
        Optional<ProcessHandle> found = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> looksLike(p, marks));
        if (found.isEmpty()) {
            return false;
        }
        ProcessHandle process = found.get();
        List<ProcessHandle> children = process.descendants().toList();
        // Children first: a shell waiting on its child (kc.sh on Keycloak's JVM) acts on SIGTERM only after it.
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return true;
    }

    private static boolean looksLike(ProcessHandle process, String... marks) {
        ProcessHandle.Info info = process.info();
        String commandLine = info.commandLine().orElse(info.command().orElse(""));
        for (String mark : marks) {
            if (!commandLine.contains(mark)) {
                return false;
            }
        }
        return true;
    }
}
