package org.insaf.adapters.persistence.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Encrypts victims' identities at rest with AES-256-GCM. Each value gets a fresh 96-bit nonce and
 * is bound to its victim and field (associated data), so a ciphertext copied onto another victim
 * or into another column does not decrypt. Stored as nonce || ciphertext || tag, beside the id of
 * the key that sealed it.
 * <p>
 * Keys rotate without downtime: the current key ({@code insaf.identity.key}, id
 * {@code insaf.identity.key-id}) seals every new value; previous keys
 * ({@code insaf.identity.previous-keys}: {@code id:base64,id:base64}) only open the values they
 * sealed, until {@code identity rekey} has moved every row to the current key (docs/operations.md).
 */
@ApplicationScoped
public class IdentityCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** What fits the key_id columns (VARCHAR(40)) and reads safely in a log line or a Secret. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final SecretKeySpec key;
    private final String keyId;
    private final Map<String, SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public IdentityCipher(@ConfigProperty(name = "insaf.identity.key") String base64Key,
                          @ConfigProperty(name = "insaf.identity.key-id", defaultValue = "k1") String keyId,
                          @ConfigProperty(name = "insaf.identity.previous-keys") Optional<String> previousKeys) {
        this.keyId = checkedId(keyId.strip(), "insaf.identity.key-id");
        this.key = aesKey(base64Key, "insaf.identity.key");
        Map<String, SecretKeySpec> held = new LinkedHashMap<>();
        held.put(this.keyId, key);
        String entries = previousKeys.orElse("").strip();
        if (!entries.isEmpty()) {
            int position = 0;
            for (String entry : entries.split(",")) {
                position++;
                String where = "insaf.identity.previous-keys, entry " + position;
                int colon = entry.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(where + " must be <key id>:<base64 key>");
                }
                String id = checkedId(entry.substring(0, colon).strip(), where);
                if (held.containsKey(id)) {
                    throw new IllegalStateException(where + ": key id '" + id + "' is given twice"
                            + (id.equals(this.keyId) ? " (it is the current key's id, insaf.identity.key-id)" : ""));
                }
                held.put(id, aesKey(entry.substring(colon + 1), where));
            }
        }
        this.keys = Collections.unmodifiableMap(held);
    }

    /** For one key only (tests, tools): no previous keys. */
    public IdentityCipher(String base64Key, String keyId) {
        this(base64Key, keyId, Optional.empty());
    }

    private static String checkedId(String id, String where) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(where + ": a key id is 1 to 40 letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    private static SecretKeySpec aesKey(String base64Key, String where) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            // The cause would quote the offending characters of the key: left out.
            throw new IllegalStateException(where + " must be a base64-encoded 256-bit AES key");
        }
        if (raw.length != 32) {
            throw new IllegalStateException(where + " must be 32 bytes (256 bits) once base64-decoded; it is "
                    + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** The id of the current key, which seals every new value. */
    public String keyId() {
        return keyId;
    }

    /** Whether values sealed with that key id can be opened here. */
    public boolean holds(String keyId) {
        return keyId != null && keys.containsKey(keyId);
    }

    /** The ids of the keys held, the current one first, then the previous ones as configured. */
    public Set<String> keyIds() {
        return Collections.unmodifiableSet(keys.keySet());
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

    /**
     * Opens a value with the key that sealed it (the row's key id). A key id this service does not
     * hold is refused by name ({@link UnknownIdentityKey}), never guessed at with another key.
     */
    public String decrypt(String sealedWith, byte[] stored, UUID victimId, String field) {
        if (stored == null) {
            return null;
        }
        SecretKeySpec opening = keys.get(sealedWith);
        if (opening == null) {
            throw new UnknownIdentityKey(sealedWith, "The stored identity of victim " + victimId + " (" + field + ")");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, opening, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(victimId, field));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key, or the value was altered or moved: never return something unverified.
            throw new IllegalStateException("The stored identity of victim " + victimId + " (" + field
                    + ") does not decrypt with identity key '" + sealedWith + "'", e);
        }
    }

    private static byte[] associatedData(UUID victimId, String field) {
        return (victimId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
