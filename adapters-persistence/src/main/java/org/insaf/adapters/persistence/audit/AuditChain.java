package org.insaf.adapters.persistence.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The seal of an audit entry over the previous entry's hash and every field of this one, in a
 * fixed order with a separator no field contains unescaped. Changing any field of any entry, or
 * removing one, breaks the chain from there on.
 *
 * <p>Two seals exist. {@link #SHA256}: a plain hash, written before the audit key existed; anyone
 * with the database can recompute it, so it is accepted only for the entries that came before the
 * first keyed one. {@link #HMAC_SHA256}: the same text, prefixed with the seal and key id, under the
 * audit key; without the key it cannot be recomputed.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    static final String SHA256 = "SHA256";
    static final String HMAC_SHA256 = "HMAC_SHA256";

    private static final String SEPARATOR = "\u001f";

    private AuditChain() {
    }

    /** The unkeyed seal of the entries written before the audit key (kept exactly as it was). */
    static String hashOf(AuditEntryEntity e) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    /** Seals a new entry under the key: sets its seal, key id and hash. */
    static void seal(AuditEntryEntity e, AuditKey key) {
        e.seal = HMAC_SHA256;
        e.keyId = key.id();
        e.hash = key.mac(keyedText(e));
    }

    /** Whether a keyed entry's hash is the one the key gives its content. */
    static boolean keyedSealHolds(AuditEntryEntity e, AuditKey key) {
        return key.matches(keyedText(e), e.hash);
    }

    private static String keyedText(AuditEntryEntity e) {
        return String.join(SEPARATOR, HMAC_SHA256, e.keyId, canonical(e));
    }

    private static String canonical(AuditEntryEntity e) {
        String fields = String.join(SEPARATOR,
                Long.toString(e.sequence), e.at.toString(), e.actorId, e.action, Objects.toString(e.caseId, ""),
                Objects.toString(e.statusBefore, ""), Objects.toString(e.statusAfter, ""),
                escaped(e.detail), e.previousHash);
        // Entries without events (reads, refusals, and every entry written before events were kept)
        // are sealed over exactly the fields they always had; an entry with events, over those too.
        return e.events == null ? fields : fields + SEPARATOR + "events" + SEPARATOR + escaped(e.events);
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace(SEPARATOR, "\\u001f");
    }
}
