package org.insaf.adapters.graphql.desk;

import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.application.port.out.DueCursor;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueCursorsTest {

    private static final CaseId CASE = new CaseId(UUID.fromString("6f1c2a4e-0b7d-4c1e-9a53-2d8f0e6b7c41"));

    @Test
    void a_cursor_handed_out_is_read_back_by_its_own_list_only() {
        DueCursor cursor = new DueCursor(LocalDate.of(2024, 2, 29), CASE);
        String written = DueCursors.write("queue", cursor);

        assertThat(DueCursors.read("queue", written)).isEqualTo(cursor);
        assertThatThrownBy(() -> DueCursors.read("desk", written)).isInstanceOf(BadInput.class).hasMessageContaining("not a cursor");
    }

    @Test
    void the_undated_end_and_the_first_year_are_keys_a_list_may_hand_out() {
        for (LocalDate key : new LocalDate[] {DueCursor.UNDATED, LocalDate.of(1, 1, 1)}) {
            DueCursor cursor = new DueCursor(key, CASE);
            assertThat(DueCursors.read("desk", DueCursors.write("desk", cursor))).isEqualTo(cursor);
        }
    }

    @Test
    void a_forged_cursor_with_a_day_no_list_hands_out_is_refused_as_a_cursor_format() {
        // Days the date parser reads but PostgreSQL cannot store, or that lie beyond the undated end.
        for (String day : new String[] {"-999999999-01-01", "0000-12-31", "+10000-01-01", "+999999999-12-31"}) {
            String forged = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("queue|" + day + "|" + CASE.value()).getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> DueCursors.read("queue", forged)).as(day)
                    .isInstanceOf(BadInput.class).hasMessageContaining("not a cursor");
        }
    }
}
