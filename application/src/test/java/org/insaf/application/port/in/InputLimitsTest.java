package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InputLimitsTest {

    private static InvalidValueException refusal(Runnable call) {
        return catchThrowableOfType(call::run, InvalidValueException.class);
    }

    @Nested
    class A_text {

        @Test
        void of_the_limit_passes_and_one_character_more_is_refused_naming_the_field_and_the_limit() {
            assertThat(InputLimits.text("x".repeat(60), 60, "firNumber")).hasSize(60);
            InvalidValueException e = refusal(() -> InputLimits.text("x".repeat(61), 60, "firNumber"));
            assertThat(e.rule()).isEqualTo(InputLimits.RULE_TOO_LONG);
            assertThat(e.getMessage()).isEqualTo("firNumber is 61 characters long; at most 60 are allowed");
        }

        @Test
        void is_counted_in_characters_as_the_column_counts_them() {
            String emoji = "\uD83D\uDE00";
            assertThat(InputLimits.text(emoji.repeat(3), 3, "name")).isEqualTo(emoji.repeat(3));
            assertThat(refusal(() -> InputLimits.text(emoji.repeat(4), 3, "name")).rule()).isEqualTo(InputLimits.RULE_TOO_LONG);
        }

        @Test
        void with_a_nul_or_half_a_surrogate_pair_is_refused_wherever_it_stands() {
            for (String bad : List.of("\u0000", "a\u0000", "\uD800", "a\uD800", "\uDC00a", "\uDC00\uD800", "a\uD83Db")) {
                InvalidValueException e = refusal(() -> InputLimits.text(bad, 100, "name"));
                assertThat(e).as(bad).isNotNull();
                assertThat(e.rule()).isEqualTo(InputLimits.RULE_CHARACTERS);
                assertThat(e.getMessage()).startsWith("name holds");
            }
        }

        @Test
        void that_is_absent_is_the_caller_s_rule() {
            assertThat(InputLimits.text(null, 1, "name")).isNull();
        }
    }

    @Test
    void a_list_over_its_count_is_refused() {
        assertThat(InputLimits.count(Collections.nCopies(20, "a"), 20, "sections")).hasSize(20);
        InvalidValueException e = refusal(() -> InputLimits.count(Collections.nCopies(21, "a"), 20, "sections"));
        assertThat(e.rule()).isEqualTo(InputLimits.RULE_TOO_MANY);
        assertThat(e.getMessage()).isEqualTo("sections holds 21 items; at most 20 are allowed");
    }

    @Test
    void a_date_before_1900_is_refused_and_1900_01_01_passes() {
        assertThat(InputLimits.date(LocalDate.of(1900, 1, 1), "registeredOn")).isEqualTo(InputLimits.EARLIEST_DATE);
        InvalidValueException e = refusal(() -> InputLimits.date(LocalDate.of(1899, 12, 31), "registeredOn"));
        assertThat(e.rule()).isEqualTo(InputLimits.RULE_DATE_RANGE);
        assertThat(e.getMessage()).isEqualTo("registeredOn is 1899-12-31; dates start at 1900-01-01");
        assertThat(refusal(() -> InputLimits.date(LocalDate.of(1, 1, 1), "d"))).isNotNull();
    }

    @Nested
    class A_registration {

        private final Actor lead = new Actor("lead", Set.of(Role.INVESTIGATOR), Optional.of("AHTC Lahore"));

        private RegisterCaseUseCase.Command command(String fir, List<String> other) {
            return new RegisterCaseUseCase.Command(lead, new FirNumber(fir), new FiaCircle("AHTC Lahore"),
                    LocalDate.of(2020, 1, 1), Set.of(StatuteCode.of("PACHTO-3")), other);
        }

        @Test
        void holds_its_fir_number_and_other_sections_to_their_limits() {
            assertThat(refusal(() -> command("F".repeat(61), List.of())).getMessage()).startsWith("firNumber is 61");
            assertThat(refusal(() -> command("FIR 1", List.of("s".repeat(101)))).getMessage()).startsWith("otherSections is 101");
            assertThat(refusal(() -> command("FIR 1", Collections.nCopies(21, "CrPC 154"))).rule())
                    .isEqualTo(InputLimits.RULE_TOO_MANY);
            assertThat(command("FIR 1", List.of("s".repeat(100))).otherSections()).hasSize(1);
        }

        @Test
        void refuses_a_blank_other_section() {
            assertThatThrownBy(() -> command("FIR 1", java.util.Arrays.asList("CrPC 154", null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("otherSections");
            assertThatThrownBy(() -> command("FIR 1", List.of(" ")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("otherSections");
        }
    }
}
