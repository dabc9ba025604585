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
import java.util.regex.Pattern;

/**
 * Opaque ids and cursors of the API: read here, so that a malformed one is BAD_INPUT naming its rule.
 * An id is a UUID in its 36-character form (hex digits in either case); a cursor is read only as it
 * was handed out. Shorter spellings that {@link UUID#fromString} alone accepts ({@code 1-1-1-1-1})
 * and cursors re-encoded another way are refused, so no second string names the same thing.
 */
public final class Ids {

    public static final String RULE_REQUIRED = "REQUIRED";
    public static final String RULE_ID_FORMAT = "ID_FORMAT";
    public static final String RULE_CURSOR_FORMAT = "CURSOR_FORMAT";

    /** The 8-4-4-4-12 hex form. */
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Longer than any cursor handed out (a day of a six-digit year and a UUID), so a huge value is not decoded. */
    private static final int CURSOR_MAX_LENGTH = 80;

    private Ids() {
    }

    public static CaseId caseId(String value) {
        return parse(value, "case id", CaseId::new);
    }

    public static PersonId personId(String value) {
        return parse(value, "person id", PersonId::new);
    }

    /** The API calls a charged offence a charge; the domain names it {@code Offence}, so its id is an {@link OffenceId}. */
    static OffenceId offenceId(String chargeId) {
        return parse(chargeId, "charge id", OffenceId::new);
    }

    /** Any id of the API: a UUID's text, or a BAD_INPUT naming what it should have been. */
    static UUID uuid(String value, String what) {
        return parse(value, what, id -> id);
    }

    private static <T> T parse(String value, String what, Function<UUID, T> make) {
        if (value == null || value.isBlank()) {
            throw new BadInput(RULE_REQUIRED, "the " + what + " is required");
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw new BadInput(RULE_ID_FORMAT, BadInput.quote(value) + " is not a " + what);
        }
        return make.apply(UUID.fromString(value));
    }

    /** The cursor handed out: base64url of the registration day and the case id. */
    static String cursor(CaseCursor cursor) {
        String raw = cursor.registeredOn() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static CaseCursor cursor(String value) {
        CaseCursor read = null;
        if (value != null && value.length() <= CURSOR_MAX_LENGTH) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                read = new CaseCursor(LocalDate.parse(raw.substring(0, bar)),
                        new CaseId(UUID.fromString(raw.substring(bar + 1))));
            } catch (RuntimeException notOurs) {
                read = null;
            }
        }
        // Encoding what was read must give the value back: any other spelling was not handed out.
        if (read == null || !cursor(read).equals(value)) {
            throw notACursor(value);
        }
        return read;
    }

    /** The refusal of every cursor of any list that this API did not hand out. */
    public static BadInput notACursor(String value) {
        return new BadInput(RULE_CURSOR_FORMAT, BadInput.quote(value) + " is not a cursor this API handed out; use a pageInfo.endCursor");
    }
}
