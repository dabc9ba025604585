package org.insaf.adapters.graphql.casefile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.domain.casefile.CaseId;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.insaf.adapters.graphql.casefile.IdsTest.assertRefusedCursor;

/** Ids and cursors against every shape of string: read exactly when handed out, otherwise BAD_INPUT naming the rule. */
class IdsPropertiesTest {

    @Property
    void every_uuid_reads_back_as_itself_in_either_case_of_its_hex_digits(@ForAll("uuids") UUID uuid) {
        assertThat(Ids.caseId(uuid.toString()).value()).isEqualTo(uuid);
        assertThat(Ids.personId(uuid.toString().toUpperCase()).value()).isEqualTo(uuid);
        assertThat(Ids.offenceId(uuid.toString()).value()).isEqualTo(uuid);
    }

    @Property
    void any_string_is_read_as_the_uuid_it_spells_or_refused_as_bad_input(@ForAll @StringLength(max = 60) String value) {
        BadInput refused = catchThrowableOfType(BadInput.class, () -> Ids.caseId(value));
        if (refused == null) {
            assertThat(Ids.caseId(value).toString()).isEqualToIgnoringCase(value);
        } else {
            assertThat(refused.rule()).isIn("REQUIRED", "ID_FORMAT");
        }
    }

    @Property
    void a_uuid_with_one_character_changed_removed_or_added_is_refused_unless_still_a_hex_digit(
                @ForAll("uuids") UUID uuid, @ForAll("edits") Function<String, String> edit) {
        String edited = edit.apply(uuid.toString());
        BadInput refused = catchThrowableOfType(BadInput.class, () -> Ids.caseId(edited));
        boolean stillAnId = edited.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
        assertThat(refused == null).isEqualTo(stillAnId);
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()));
    }

    @Provide
    Arbitrary<Function<String, String>> edits() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 35);
        Arbitrary<Character> c = Arbitraries.chars().all();
        return Arbitraries.oneOf(
                Combinators.combine(at, c).as((i, ch) -> s -> s.substring(0, i) + ch + s.substring(i + 1)),
                at.map(i -> s -> s.substring(0, i) + s.substring(i + 1)),
                Combinators.combine(at, c).as((i, ch) -> s -> s.substring(0, i) + ch + s.substring(i)));
    }

    @Property
    void a_cursor_handed_out_reads_back_as_the_same_position(@ForAll("positions") CaseCursor position) {
        assertThat(Ids.cursor(Ids.cursor(position))).isEqualTo(position);
    }

    @Property
    void any_string_is_read_only_if_it_is_exactly_a_cursor_handed_out(@ForAll @StringLength(max = 100) String value) {
        BadInput refused = catchThrowableOfType(BadInput.class, () -> Ids.cursor(value));
        if (refused == null) {
            assertThat(Ids.cursor(Ids.cursor(value))).isEqualTo(value);
        } else {
            assertRefusedCursor(refused, value);
        }
    }

    @Property
    void base64_of_any_bytes_is_not_a_cursor_unless_they_spell_one(@ForAll byte[] bytes) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        BadInput refused = catchThrowableOfType(BadInput.class, () -> Ids.cursor(value));
        if (refused != null) {
            assertRefusedCursor(refused, value);
        }
    }

    @Provide
    Arbitrary<CaseCursor> positions() {
        Arbitrary<LocalDate> days = Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<CaseId> ids = Arbitraries.randomValue(random -> new CaseId(new UUID(random.nextLong(), random.nextLong())));
        return Combinators.combine(days, ids).as(CaseCursor::new);
    }
}
