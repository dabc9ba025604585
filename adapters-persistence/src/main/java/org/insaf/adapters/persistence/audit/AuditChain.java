package org.insaf.adapters.persistence.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and every field of this one,
 * in a fixed order with a separator no field contains unescaped. Changing any field of any entry,
 * or removing one, breaks the chain from there on.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hashOf(AuditEntryEntity e) {
        String canonical = String.join("\u001f",
                Long.toString(e.sequence), e.at.toString(), e.actorId, e.action, Objects.toString(e.caseId, ""),
                Objects.toString(e.statusBefore, ""), Objects.toString(e.statusAfter, ""),
                e.detail.replace("\\", "\\\\").replace("\u001f", "\\u001f"), e.previousHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }
}
