package org.insaf.adapters.graphql.desk;

import org.insaf.adapters.graphql.casefile.Ids;
import org.insaf.application.port.out.DueCursor;
import org.insaf.domain.casefile.CaseId;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * The cursors of a desk and a queue: base64url of the list's name, the day that orders it and the
 * case id. A cursor is read only as it was handed out, and only by the list that handed it out: a
 * desk's cursor sent to a queue (or a {@code cases} cursor to either) is refused as CURSOR_FORMAT.
 */
final class DueCursors {

    /** Longer than any cursor handed out, so a huge value is not decoded. */
    private static final int MAX_LENGTH = 100;

    private DueCursors() {
    }

    static String write(String list, DueCursor cursor) {
        String raw = list + "|" + cursor.key() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static DueCursor read(String list, String value) {
        DueCursor read = null;
        if (value != null && value.length() <= MAX_LENGTH) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\|", -1);
                if (parts.length == 3 && parts[0].equals(list)) {
                    read = new DueCursor(LocalDate.parse(parts[1]), new CaseId(UUID.fromString(parts[2])));
                }
            } catch (RuntimeException notOurs) {
                read = null;
            }
        }
        // Encoding what was read must give the value back: any other spelling was not handed out. No
        // key handed out lies outside the years 1 to 9999 (the latest is UNDATED).
        if (read == null || !write(list, read).equals(value)
                || read.key().getYear() < 1 || read.key().isAfter(DueCursor.UNDATED)) {
            throw Ids.notACursor(value);
        }
        return read;
    }
}
