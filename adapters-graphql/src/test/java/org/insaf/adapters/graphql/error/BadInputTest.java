package org.insaf.adapters.graphql.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class BadInputTest {

    @Test
    void names_its_rule_and_keeps_its_message() {
        BadInput bad = new BadInput("ID_FORMAT", "'x' is not a case id");

        assertThat(bad.rule()).isEqualTo("ID_FORMAT");
        assertThat(bad.getMessage()).isEqualTo("'x' is not a case id");
    }

    @Test
    void has_both_a_rule_and_a_message() {
        assertThatNullPointerException().isThrownBy(() -> new BadInput(null, "m"));
        assertThatNullPointerException().isThrownBy(() -> new BadInput("R", null));
    }

    @Test
    void quotes_a_short_value_whole() {
        assertThat(BadInput.quote("not-a-case-id")).isEqualTo("'not-a-case-id'");
        assertThat(BadInput.quote("")).isEqualTo("''");
        assertThat(BadInput.quote(null)).isEqualTo("null");
    }

    @Test
    void quotes_the_first_forty_characters_of_a_long_value() {
        assertThat(BadInput.quote("a".repeat(40))).isEqualTo("'" + "a".repeat(40) + "'");
        assertThat(BadInput.quote("a".repeat(41))).isEqualTo("'" + "a".repeat(40) + "…'");
        assertThat(BadInput.quote("a".repeat(1_000_000))).hasSize(43);
    }

    @Test
    void never_cuts_a_character_of_two_utf16_units_in_half() {
        String emoji = "\uD83D\uDE00";

        assertThat(BadInput.quote(emoji.repeat(41))).isEqualTo("'" + emoji.repeat(40) + "…'");
    }

    @Test
    void shows_control_characters_and_lone_surrogates_as_the_replacement_character() {
        assertThat(BadInput.quote("a\u0000b\nc\u007f\uD800d\uDC00")).isEqualTo("'a\uFFFDb\uFFFDc\uFFFD\uFFFDd\uFFFD'");
    }
}
