package org.insaf.domain.statute;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.insaf.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statute code's format, checked character by character, is exactly its pattern. */
class StatuteCodeFormatTest {

    @Property(tries = 5000)
    void the_walk_agrees_with_the_pattern(@ForAll("codeLike") String text) {
        boolean byPattern = text.length() <= StatuteCode.MAX_LENGTH && StatuteCode.FORMAT.matcher(text).matches();
        assertThat(StatuteCode.isValid(text)).as("'%s'", text).isEqualTo(byPattern);
    }

    @Provide
    Arbitrary<String> codeLike() {
        // Mostly what codes are made of, so that valid and invalid texts both come up often.
        return Arbitraries.strings().withChars("AZPC09-").withChars("a_ 7\u0660\u00C9").ofMinLength(0).ofMaxLength(36);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PPC-369A", "PTPA-3-AGG", "PACHTO-3", "A", "A-1", "ECA-17-2"})
    void codes_of_the_catalogue_are_valid(String code) {
        assertThat(StatuteCode.isValid(code)).isTrue();
        assertThat(StatuteCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "ppc-369", "PPC-", "-PPC", "PPC--369", "1PPC", "PPC 369", "PPC-369a", "PPC_369",
            "PPC-٣٦٩", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void anything_else_is_refused_naming_the_rule(String text) {
        assertThat(StatuteCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> StatuteCode.of(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("STATUTE_CODE_FORMAT"));
    }

    @org.junit.jupiter.api.Test
    void null_is_not_a_code() {
        assertThat(StatuteCode.isValid(null)).isFalse();
    }
}
