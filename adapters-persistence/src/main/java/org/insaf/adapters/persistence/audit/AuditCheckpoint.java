package org.insaf.adapters.persistence.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A signed statement, kept outside the database, that the audit chain held entry {@code sequence}
 * with {@code hash} at {@code at}: entries removed from the tail, or rewritten, after it was written
 * no longer match it. {@code keyedFrom} is the first sequence sealed with the audit key; entries
 * from there on must be keyed, so a rewrite cannot pass as an unkeyed entry of the old chain.
 */
public record AuditCheckpoint(long sequence, String hash, Instant at, long keyedFrom, String keyId, String mac) {

    private static final String VERSION = "v1";
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    static AuditCheckpoint signed(long sequence, String hash, Instant at, long keyedFrom, AuditKey key) {
        String text = signedText(sequence, hash, at, keyedFrom, key.id());
        return new AuditCheckpoint(sequence, hash, at, keyedFrom, key.id(), key.mac(text));
    }

    boolean signatureHolds(AuditKey key) {
        return key.id().equals(keyId) && key.matches(signedText(sequence, hash, at, keyedFrom, keyId), mac);
    }

    /** One line of the checkpoint file. */
    String line() {
        return String.join(" ", VERSION, Long.toString(sequence), hash, at.toString(), Long.toString(keyedFrom), keyId, mac);
    }

    /** The checkpoint a line holds, or empty when the line is not one (the file was damaged or edited). */
    static Optional<AuditCheckpoint> parse(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != 7 || !f[0].equals(VERSION) || !HEX64.matcher(f[2]).matches() || !HEX64.matcher(f[6]).matches()) {
            return Optional.empty();
        }
        try {
            long sequence = Long.parseLong(f[1]);
            long keyedFrom = Long.parseLong(f[4]);
            if (sequence < 0 || keyedFrom < 1) {
                return Optional.empty();
            }
            return Optional.of(new AuditCheckpoint(sequence, f[2], Instant.parse(f[3]), keyedFrom, f[5], f[6]));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String signedText(long sequence, String hash, Instant at, long keyedFrom, String keyId) {
        return String.join("\u001f", "insaf-audit-checkpoint", VERSION, Long.toString(sequence), hash, at.toString(),
                Long.toString(keyedFrom), keyId);
    }
}
