package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;

/**
 * How far a network is followed from where it starts, and how large it may grow. A hop goes from
 * the cases reached to the accused persons in them and on to every case of those persons; beyond
 * three hops a network of recruiters and sub-agents takes in most of a province, and more than
 * {@link #MAX_NODES} nodes is no longer a picture an investigator can read.
 *
 * @param depth    hops, 1 to {@link #MAX_DEPTH}
 * @param maxNodes persons, cases and victims together, 1 to {@link #MAX_NODES}; a larger network is cut and says so
 */
public record NetworkBounds(int depth, int maxNodes) {

    public static final int MAX_DEPTH = 3;
    public static final int DEFAULT_DEPTH = 2;
    public static final int MAX_NODES = 200;

    public NetworkBounds {
        InvalidValueException.check(depth >= 1 && depth <= MAX_DEPTH, "NETWORK_DEPTH",
                "a network is followed 1 to " + MAX_DEPTH + " hops from where it starts");
        InvalidValueException.check(maxNodes >= 1 && maxNodes <= MAX_NODES, "NETWORK_SIZE",
                "a network holds 1 to " + MAX_NODES + " nodes (persons, cases and victims)");
    }

    public static NetworkBounds usual() {
        return new NetworkBounds(DEFAULT_DEPTH, MAX_NODES);
    }
}
