package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IdsTest {

    static final String UUID_TEXT = "1a5af00d-0000-4000-8000-000000000001";

    @Nested
    class Ids_of_cases_people_and_charges {

        @Test
        void each_reads_the_uuid_the_api_hands_out_as_its_own_kind_of_id() {
            UUID uuid = UUID.fromString(UUID_TEXT);

            assertThat(Ids.caseId(UUID_TEXT)).isEqualTo(new CaseId(uuid));
            assertThat(Ids.personId(UUID_TEXT)).isEqualTo(new PersonId(uuid));
            assertThat(Ids.offenceId(UUID_TEXT)).isEqualTo(new OffenceId(uuid));
        }


        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\u2003"})
        void a_missing_or_blank_id_is_required(String value) {
            assertRefused(Ids::caseId, value, "REQUIRED", "the case id is required");
            assertRefused(Ids::personId, value, "REQUIRED", "the person id is required");
            assertRefused(Ids::offenceId, value, "REQUIRED", "the charge id is required");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "not-a-case-id",
                "1-1-1-1-1",                                       // UUID.fromString alone takes this for 00000001-0001-...
                "0-0-0-0-0",
                "1a5af00d-0-4000-8000-000000000001",               // a short group
                "1a5af00d-0000-4000-8000-0000000000001",           // 37 characters
                "1a5af00d-0000-4000-8000-00000000001",             // 35 characters
                "1a5af00d000040008000000000000001",                // no dashes
                "{1a5af00d-0000-4000-8000-000000000001}",
                "urn:uuid:1a5af00d-0000-4000-8000-000000000001",
                " 1a5af00d-0000-4000-8000-000000000001",
                "1a5af00d-0000-4000-8000-000000000001 ",
                "1a5af00d-0000-4000-8000-000000000001\n",
                "1a5af00d-0000-4000-8000-00000000000g",
                "1a5af00d-0000-4000-8000+000000000001",
                "1a5af00d-0000-4000-8000-00000000000١",              // an Arabic-Indic digit
                "MWE1YWYwMGQtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx", // the id in base64
                "' OR 1=1 --",
                "\u0000"})
        void anything_but_the_36_character_form_is_not_an_id(String value) {
            assertRefused(Ids::caseId, value, "ID_FORMAT", BadInput.quote(value) + " is not a case id");
            assertRefused(Ids::personId, value, "ID_FORMAT", BadInput.quote(value) + " is not a person id");
            assertRefused(Ids::offenceId, value, "ID_FORMAT", BadInput.quote(value) + " is not a charge id");
        }



        @Test
        void a_huge_value_is_refused_without_being_echoed_back() {
            String huge = "x".repeat(1_000_000);

            BadInput refused = catchThrowableOfType(BadInput.class, () -> Ids.caseId(huge));

            assertThat(refused.rule()).isEqualTo("ID_FORMAT");
            assertThat(refused.getMessage()).isEqualTo("'" + "x".repeat(40) + "…' is not a case id");
        }


    }

    @Nested
    class Cursors {


        @Test
        void a_cursor_is_base64url_of_the_day_and_the_case_id() {
            CaseCursor position = new CaseCursor(LocalDate.of(2017, 1, 10), new CaseId(UUID.fromString(UUID_TEXT)));

            assertThat(Ids.cursor(position)).isEqualTo(base64("2017-01-10|" + UUID_TEXT));
        }



        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " ", "not a cursor", "%%%", "====",
                "MjAxNy0wMS0xMHwxYTVhZjAwZC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDE=",   // the same cursor, padded
                " MjAxNy0wMS0xMHwxYTVhZjAwZC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDE",   // with a space
                "MjAxNy0wMS0xMHwxYTVhZjAwZC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDE\n"})
        void blanks_garbage_padding_and_spaces_are_not_cursors(String value) {
            assertRefusedCursor(catchThrowableOfType(BadInput.class, () -> Ids.cursor(value)), value);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "2017-01-10",                                           // no case id
                "|" + UUID_TEXT,                                        // no day
                "2017-01-10|",
                "2017-01-10" + UUID_TEXT,                               // no bar
                "2017-01-10|1-1-1-1-1",                                 // a second spelling of a case id
                "2017-01-10|" + "1A5AF00D-0000-4000-8000-000000000001", // upper case: not what is handed out
                "2017-1-10|" + UUID_TEXT,
                "2017-02-30|" + UUID_TEXT,
                "10/01/2017|" + UUID_TEXT,
                "2017-01-10|" + UUID_TEXT + "|more",
                "2017-01-10 |" + UUID_TEXT,
                "audit|12",                                             // the audit trail's cursor
                UUID_TEXT})
        void cursors_of_other_shapes_are_refused(String raw) {
            String value = base64(raw);

            assertRefusedCursor(catchThrowableOfType(BadInput.class, () -> Ids.cursor(value)), value);
        }

        @Test
        void a_cursor_in_standard_base64_rather_than_base64url_is_refused() {
            String standard = Base64.getEncoder().withoutPadding()
                    .encodeToString(("2017-01-10|" + UUID_TEXT).getBytes(StandardCharsets.UTF_8)).replace('-', '+');
            CaseCursor position = new CaseCursor(LocalDate.of(2017, 1, 10), new CaseId(UUID.fromString(UUID_TEXT)));
            String handedOut = Ids.cursor(position);

            if (!standard.equals(handedOut)) {
                assertRefusedCursor(catchThrowableOfType(BadInput.class, () -> Ids.cursor(standard)), standard);
            }
            String withPlus = handedOut.replace('-', '+').replace('_', '/');
            if (!withPlus.equals(handedOut)) {
                assertRefusedCursor(catchThrowableOfType(BadInput.class, () -> Ids.cursor(withPlus)), withPlus);
            }
        }

        @Test
        void a_huge_cursor_is_refused_and_not_echoed_back() {
            String huge = base64("2017-01-10|" + UUID_TEXT).repeat(20_000);

            BadInput refused = catchThrowableOfType(BadInput.class, () -> Ids.cursor(huge));

            assertThat(refused.getMessage()).hasSizeLessThan(120);
            assertRefusedCursor(refused, huge);
        }

    }

    static void assertRefused(Function<String, ?> reading, String value, String rule, String message) {
        BadInput refused = catchThrowableOfType(BadInput.class, () -> reading.apply(value));
        assertThat(refused).as("%s refused", value).isNotNull();
        assertThat(refused.rule()).isEqualTo(rule);
        assertThat(refused.getMessage()).isEqualTo(message);
    }

    static void assertRefusedCursor(BadInput refused, String value) {
        assertThat(refused).as("%s refused", value).isNotNull();
        assertThat(refused.rule()).isEqualTo("CURSOR_FORMAT");
        assertThat(refused.getMessage())
                .isEqualTo(BadInput.quote(value) + " is not a cursor this API handed out; use a pageInfo.endCursor");
    }

    static String base64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
