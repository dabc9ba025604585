package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

/** Identifies one version of a provision: what a charge cites. */
public record StatuteRef(StatuteCode code, int version) {

    public StatuteRef {
        InvalidValueException.required(code, "statute code");
        InvalidValueException.check(version >= 1, "STATUTE_VERSION_POSITIVE",
                "statute versions are numbered from 1, not " + version);
    }

    public static StatuteRef of(String code, int version) {
        return new StatuteRef(StatuteCode.of(code), version);
    }

    @Override
    public String toString() {
        return code + " v" + version;
    }
}
