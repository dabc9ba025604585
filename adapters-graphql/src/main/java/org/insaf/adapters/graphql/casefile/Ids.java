package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.PersonId;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/** Opaque ids and cursors of the API: read here, so that a malformed one is BAD_INPUT. */
public final class Ids {

    private Ids() {
    }

    public static CaseId caseId(String value) {
        return parse(value, "case id", CaseId::new);
    }

    static PersonId personId(String value) {
        return parse(value, "person id", PersonId::new);
    }

    static OffenceId chargeId(String value) {
        return parse(value, "charge id", OffenceId::new);
    }

    private static <T> T parse(String value, String what, Function<UUID, T> make) {
        if (value == null || value.isBlank()) {
            throw new BadInput("the " + what + " is required");
        }
        try {
            return make.apply(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new BadInput("'" + value + "' is not a " + what);
        }
    }

    /** The cursor handed out: base64url of the registration day and the case id. */
    static String cursor(CaseCursor cursor) {
        String raw = cursor.registeredOn() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static CaseCursor cursor(String value) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new CaseCursor(LocalDate.parse(raw.substring(0, bar)), new CaseId(UUID.fromString(raw.substring(bar + 1))));
        } catch (RuntimeException e) {
            throw new BadInput("'" + value + "' is not a cursor this API handed out; use a pageInfo.endCursor");
        }
    }
}
