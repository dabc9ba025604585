package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounds of a network (issue 18 item 4): depth and size, at and just beyond their edges. */
class NetworkBoundsTest {

    @Test
    void one_to_three_hops_and_one_to_two_hundred_nodes_are_allowed() {
        assertThat(new NetworkBounds(1, 1).depth()).isEqualTo(1);
        assertThat(new NetworkBounds(3, 200).maxNodes()).isEqualTo(200);
        assertThat(NetworkBounds.usual()).isEqualTo(new NetworkBounds(2, 200));
    }

    @Test
    void a_depth_outside_one_to_three_is_refused_with_NETWORK_DEPTH() {
        for (int depth : new int[] {0, 4, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> new NetworkBounds(depth, 10)).as("depth " + depth)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("a network is followed 1 to 3 hops from where it starts")
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("NETWORK_DEPTH");
        }
    }

    @Test
    void a_size_outside_one_to_two_hundred_is_refused_with_NETWORK_SIZE() {
        for (int size : new int[] {0, 201, -5, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> new NetworkBounds(2, size)).as("size " + size)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("a network holds 1 to 200 nodes (persons, cases and victims)")
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("NETWORK_SIZE");
        }
    }

    @Test
    void the_depth_is_checked_before_the_size() {
        assertThatThrownBy(() -> new NetworkBounds(0, 0))
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("NETWORK_DEPTH");
    }
}
