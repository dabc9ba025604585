package org.insaf.adapters.graphql.audit;

import org.insaf.adapters.graphql.error.BadInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AuditTrailCursorTest {

    @Test
    void a_cursor_handed_out_reads_back_as_its_sequence() {
        for (long sequence : new long[]{1, 2, 50, 1_000_000, Long.MAX_VALUE}) {
            assertThat(AuditTrailQueries.sequenceOf(AuditTrailQueries.cursorOf(sequence))).isEqualTo(sequence);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit|0", "audit|-1", "audit|+5", "audit|05", "audit| 5", "audit|5 ", "audit|",
            "audit|99999999999999999999", "audit|1.5", "audit|0x10", "AUDIT|5", "audit5", "5",
            "2017-01-10|1a5af00d-0000-4000-8000-000000000001"})
    void cursors_of_other_shapes_or_sequences_spelt_another_way_are_refused(String raw) {
        assertRefused(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "%%%", "YXVkaXR8NQ==", " YXVkaXR8NQ", "YXVkaXR8NQ\n"})
    void blanks_garbage_padding_and_spaces_are_refused(String value) {
        assertThat(AuditTrailQueries.cursorOf(5)).isEqualTo("YXVkaXR8NQ");
        assertRefused(value);
    }

    @Test
    void a_huge_cursor_is_refused_without_being_echoed_back() {
        String huge = "YXVkaXR8NQ".repeat(10_000);

        BadInput refused = assertRefused(huge);

        assertThat(refused.getMessage()).hasSizeLessThan(120);
    }

    private static BadInput assertRefused(String value) {
        BadInput refused = catchThrowableOfType(BadInput.class, () -> AuditTrailQueries.sequenceOf(value));
        assertThat(refused).as("%s refused", value).isNotNull();
        assertThat(refused.rule()).isEqualTo("CURSOR_FORMAT");
        assertThat(refused.getMessage())
                .isEqualTo(BadInput.quote(value) + " is not a cursor this API handed out; use a pageInfo.endCursor");
        return refused;
    }
}
