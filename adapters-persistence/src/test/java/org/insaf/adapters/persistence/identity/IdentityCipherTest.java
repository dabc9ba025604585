package org.insaf.adapters.persistence.identity;

import org.insaf.adapters.persistence.embedded.IdentityKeyFile;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key ring's configuration and its reads, without a database: every bad setting refused at start, by name, without quoting a key. */
class IdentityCipherTest {

    private static final String CURRENT = IdentityKeyFile.newKey();
    private static final String OLD = IdentityKeyFile.newKey();
    private static final String OLDER = IdentityKeyFile.newKey();
    private static final UUID VICTIM = UUID.randomUUID();

    private static IdentityCipher ring(String keyId, String previous) {
        return new IdentityCipher(CURRENT, keyId, Optional.ofNullable(previous));
    }

    @Test
    void the_current_key_seals_and_every_held_key_opens_what_it_sealed() {
        IdentityCipher k1 = new IdentityCipher(OLDER, "k1");
        IdentityCipher k2 = new IdentityCipher(OLD, "k2");
        IdentityCipher k3 = ring("k3", " k1:" + OLDER + " , k2:" + OLD + " ");
        assertThat(k3.keyId()).isEqualTo("k3");
        assertThat(k3.keyIds()).containsExactly("k3", "k1", "k2");
        assertThat(k3.decrypt("k1", k1.encrypt("Shazia", VICTIM, "name"), VICTIM, "name")).isEqualTo("Shazia");
        assertThat(k3.decrypt("k2", k2.encrypt("Shazia", VICTIM, "name"), VICTIM, "name")).isEqualTo("Shazia");
        assertThat(k3.decrypt("k3", k3.encrypt("Shazia", VICTIM, "name"), VICTIM, "name")).isEqualTo("Shazia");
        assertThat(k3.decrypt("k1", null, VICTIM, "name")).isNull();
        assertThat(ring("k1", "").keyIds()).containsExactly("k1");
    }

    @Test
    void a_value_opened_with_another_held_key_than_the_one_named_fails_rather_than_yield_garbage() {
        IdentityCipher ring = ring("k2", "k1:" + OLD);
        byte[] sealedWithK2 = ring.encrypt("Shazia", VICTIM, "name");
        assertThatThrownBy(() -> ring.decrypt("k1", sealedWithK2, VICTIM, "name")).isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(UnknownIdentityKey.class).hasMessageContaining("does not decrypt with identity key 'k1'");
    }

    @Test
    void a_key_id_not_held_is_refused_by_name() {
        IdentityCipher ring = ring("k2", "k1:" + OLD);
        assertThat(ring.holds("k0")).isFalse();
        assertThat(ring.holds(null)).isFalse();
        assertThatThrownBy(() -> ring.decrypt("k0", new byte[40], VICTIM, "cnic")).isInstanceOf(UnknownIdentityKey.class)
                .hasMessageContaining("identity key 'k0'").hasMessageContaining("insaf.identity.previous-keys")
                .hasMessageContaining(VICTIM.toString());
    }

    @Test
    void every_bad_previous_keys_setting_is_refused_at_start_naming_the_entry_and_never_quoting_a_key() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        String[][] cases = {
                {"k1" + OLD, "entry 1 must be <key id>:<base64 key>"},
                {"k1:" + OLD + ",k0", "entry 2 must be <key id>:<base64 key>"},
                {"k1:" + OLD + ",k1:" + OLDER, "entry 2: key id 'k1' is given twice"},
                {"k2:" + OLD, "entry 1: key id 'k2' is given twice (it is the current key's id"},
                {":" + OLD, "entry 1: a key id is 1 to 40 letters"},
                {"k 1:" + OLD, "entry 1: a key id is 1 to 40 letters"},
                {"x".repeat(41) + ":" + OLD, "entry 1: a key id is 1 to 40 letters"},
                {"k1:not*base64", "entry 1 must be a base64-encoded 256-bit AES key"},
                {"k1:" + shortKey, "entry 1 must be 32 bytes (256 bits) once base64-decoded; it is 16"},
                {"k1:", "entry 1 must be 32 bytes (256 bits) once base64-decoded; it is 0"},
        };
        for (String[] bad : cases) {
            assertThatThrownBy(() -> ring("k2", bad[0])).as(bad[0]).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("insaf.identity.previous-keys, ").hasMessageContaining(bad[1])
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(OLD).doesNotContain(OLDER).doesNotContain("not*"));
        }
        assertThatThrownBy(() -> ring("k/2", null)).hasMessageStartingWith("insaf.identity.key-id: a key id is 1 to 40");
        assertThatThrownBy(() -> new IdentityCipher("short", "k1")).hasMessageStartingWith("insaf.identity.key must be");
    }
}
