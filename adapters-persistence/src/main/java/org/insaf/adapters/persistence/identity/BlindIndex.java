package org.insaf.adapters.persistence.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.domain.person.registry.BlindIndexTerm;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Keyed hashes (HMAC-SHA-256) of victims' matching terms, so that PostgreSQL finds the victims of
 * other cases by equality without ever holding a name, CNIC or phone. The key is derived from the
 * identity key (HMAC of a fixed label), so it lives where that key lives, outside the database, and
 * is never the key that encrypts: knowing a digest's key does not decrypt, and the reverse.
 */
@ApplicationScoped
public class BlindIndex {

    private static final String LABEL = "insaf/victim-blind-index/v1";

    private final SecretKeySpec key;

    public BlindIndex(@ConfigProperty(name = "insaf.identity.key") String base64IdentityKey) {
        byte[] identityKey;
        try {
            identityKey = Base64.getDecoder().decode(base64IdentityKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("insaf.identity.key must be a base64-encoded 256-bit AES key", e);
        }
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(identityKey, "HmacSHA256"), LABEL), "HmacSHA256");
    }

    public byte[] digest(BlindIndexTerm term) {
        return hmac(key, term.text());
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
