package org.insaf.domain.offence;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffenceTest {

    final PersonId accused = PersonId.random();
    final PersonId victim = PersonId.random();
    final OffenceFacts facts = FactsFixture.internalForcedLabourByFraud(LocalDate.of(2017, 1, 1));
    final Offence charged = Offence.charged(OffenceId.of("00000000-0000-0000-0000-000000000001"), accused,
            StatuteRef.of("PPC-369A", 1), Set.of(victim), facts);
    final Sentence sentence = Sentence.imprisonment(LocalDate.of(2018, 1, 1), Period.ofYears(5));

    @Test
    void a_charge_names_a_victim_other_than_the_accused() {
        assertThatThrownBy(() -> Offence.charged(OffenceId.random(), accused, StatuteRef.of("PPC-369A", 1), Set.of(), facts))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("OFFENCE_NAMES_A_VICTIM"));
        assertThatThrownBy(() -> Offence.charged(OffenceId.random(), accused, StatuteRef.of("PPC-369A", 1),
                Set.of(accused), facts)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("OFFENCE_ACCUSED_NOT_OWN_VICTIM"));
    }

    @Test
    void only_a_conviction_carries_a_sentence() {
        assertThatThrownBy(() -> charged.withSentence(sentence)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("OFFENCE_SENTENCE_NEEDS_CONVICTION"));
        Offence acquitted = charged.withVerdict(new Verdict(VerdictOutcome.ACQUITTED, LocalDate.of(2018, 1, 1)));
        assertThatThrownBy(() -> acquitted.withSentence(sentence)).isInstanceOf(InvalidValueException.class);
        assertThat(acquitted.isDecided()).isTrue();
        assertThat(acquitted.isConvicted()).isFalse();
        Offence convicted = charged.withVerdict(new Verdict(VerdictOutcome.CONVICTED, LocalDate.of(2018, 1, 1)));
        assertThat(convicted.withSentence(sentence).sentencePassed()).contains(sentence);
        assertThat(charged.isConvicted()).isFalse();
        assertThat(charged.isDecided()).isFalse();
        assertThat(charged.verdictGiven()).isEmpty();
        assertThat(charged.id()).hasToString("00000000-0000-0000-0000-000000000001");
    }
}
