package org.insaf.adapters.persistence.identity;

/**
 * A stored identity sealed with a key this service does not hold: the configuration lacks a
 * previous key (insaf.identity.previous-keys) that rows still need. Names the key id, never a key.
 */
public class UnknownIdentityKey extends IllegalStateException {

    private final String keyId;

    public UnknownIdentityKey(String keyId, String what) {
        super(what + " is sealed with identity key '" + keyId + "', which this service does not hold: add it to"
                + " insaf.identity.previous-keys (INSAF_IDENTITY_PREVIOUS_KEYS) as " + keyId + ":<base64 key>,"
                + " or run `identity rekey` where it is held (docs/operations.md)");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
