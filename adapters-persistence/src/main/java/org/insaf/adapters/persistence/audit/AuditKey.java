package org.insaf.adapters.persistence.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret that seals audit entries and signs checkpoints (HMAC-SHA-256). It lives outside the
 * database, so whoever owns the database can neither recompute an entry's seal after changing it
 * nor forge a checkpoint.
 */
public final class AuditKey {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final int MINIMUM_BYTES = 32;

    private final String id;
    private final SecretKeySpec secret;

    private AuditKey(String id, byte[] secret) {
        this.id = id;
        this.secret = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * @param id           stored beside every entry it seals (a later rotation knows which key sealed which)
     * @param base64Secret at least 256 bits, base64-encoded
     */
    public static AuditKey of(String id, String base64Secret) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException("insaf.audit.key-id must be 1 to 40 letters, digits, '.', '_' or '-'; it is '"
                    + id + "'");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(Objects.requireNonNull(base64Secret, "secret").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("insaf.audit.key must be base64-encoded", e);
        }
        if (raw.length < MINIMUM_BYTES) {
            throw new IllegalStateException("insaf.audit.key must be at least " + MINIMUM_BYTES
                    + " bytes (256 bits) once base64-decoded; it is " + raw.length);
        }
        return new AuditKey(id, raw);
    }

    public String id() {
        return id;
    }

    /** The HMAC-SHA-256 of the text, as 64 lower-case hex digits. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time: a verifier's timing tells nothing about how much of a forged MAC was right. */
    boolean matches(String text, String mac) {
        return mac != null && MessageDigest.isEqual(mac(text).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }
}
