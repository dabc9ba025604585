package org.insaf.domain.shared;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    static final String UUID_TEXT = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    @Test
    void identifiers_read_and_print_their_uuid() {
        assertThat(PersonId.of(UUID_TEXT)).hasToString(UUID_TEXT);
        assertThat(CaseId.of(UUID_TEXT)).hasToString(UUID_TEXT);
        assertThat(OffenceId.of(UUID_TEXT)).hasToString(UUID_TEXT);
        assertThat(PersonId.random()).isNotEqualTo(PersonId.random());
        assertThatThrownBy(() -> new PersonId(null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("person id is required");
    }

    @Test
    void country_codes_print_as_iso_codes() {
        assertThat(CountryCode.of("AF")).hasToString("AF");
        assertThat(CountryCode.PAKISTAN.isPakistan()).isTrue();
        assertThat(CountryCode.of("AF").isPakistan()).isFalse();
    }

    @Test
    void a_refusal_turns_into_the_typed_error_and_an_allowance_passes() {
        PolicyDecision refusal = PolicyDecision.refuse(Rule.LIFECYCLE, "no");
        assertThatThrownBy(refusal::orThrow).isInstanceOfSatisfying(InvariantViolation.class,
                e -> assertThat(e.rule()).isEqualTo(Rule.LIFECYCLE)).hasMessage("no");
        PolicyDecision.allow().orThrow();
        assertThat(PolicyDecision.allow().and(() -> refusal)).isEqualTo(refusal);
        assertThat(refusal.and(PolicyDecision::allow)).isEqualTo(refusal);
    }
}
