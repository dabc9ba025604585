package org.insaf.adapters.persistence.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Encrypts victims' identities at rest with AES-256-GCM. Each value gets a fresh 96-bit nonce and
 * is bound to its victim and field (associated data), so a ciphertext copied onto another victim
 * or into another column does not decrypt. Stored as nonce || ciphertext || tag.
 */
@ApplicationScoped
public class IdentityCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    public IdentityCipher(@ConfigProperty(name = "insaf.identity.key") String base64Key,
                          @ConfigProperty(name = "insaf.identity.key-id", defaultValue = "k1") String keyId) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("insaf.identity.key must be a base64-encoded 256-bit AES key", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("insaf.identity.key must be 32 bytes (256 bits) once base64-decoded; it is "
                    + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] encrypt(String plaintext, UUID victimId, String field) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(victimId, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A victim identity could not be encrypted", e);
        }
    }

    public String decrypt(byte[] stored, UUID victimId, String field) {
        if (stored == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(victimId, field));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key, or the value was altered or moved: never return something unverified.
            throw new IllegalStateException("The stored identity of victim " + victimId + " (" + field
                    + ") does not decrypt with the configured key", e);
        }
    }

    private static byte[] associatedData(UUID victimId, String field) {
        return (victimId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
