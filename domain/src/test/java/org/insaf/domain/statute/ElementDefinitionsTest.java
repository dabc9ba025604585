package org.insaf.domain.statute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The table from the facts' words to the law's elements, row by row, and docs/law.md printing it. */
class ElementDefinitionsTest {

    static Stream<Arguments> meansRows() {
        return Stream.of(
                Arguments.of(Means.FORCE, Set.of(Means.FORCE, Means.VIOLENCE, Means.PHYSICAL_ABUSE, Means.SEXUAL_ABUSE,
                        Means.PHYSICAL_RESTRAINT)),
                Arguments.of(Means.VIOLENCE, Set.of(Means.VIOLENCE, Means.FORCE, Means.PHYSICAL_ABUSE, Means.SEXUAL_ABUSE)),
                Arguments.of(Means.THREAT, Set.of(Means.THREAT, Means.PHYSICAL_THREATS, Means.THREATS_LAW_ENFORCEMENT,
                        Means.THREATENS_CHILDREN_FAMILY)),
                Arguments.of(Means.COERCION, Set.of(Means.COERCION, Means.THREAT, Means.PHYSICAL_THREATS,
                        Means.THREATS_LAW_ENFORCEMENT, Means.THREATENS_CHILDREN_FAMILY, Means.KIDNAPPING_OR_ABDUCTION,
                        Means.DEBT_BONDAGE, Means.ABUSE_OF_POWER_OR_VULNERABILITY, Means.PHYSICAL_RESTRAINT,
                        Means.WITHHOLDS_DOCUMENTS, Means.PSYCHOACTIVE_SUBSTANCE, Means.PSYCHOLOGICAL_ABUSE)),
                Arguments.of(Means.FRAUD, Set.of(Means.FRAUD, Means.DECEPTION, Means.FALSE_PROMISES)),
                Arguments.of(Means.DECEPTION, Set.of(Means.DECEPTION, Means.FRAUD, Means.FALSE_PROMISES)),
                Arguments.of(Means.PAYMENT_OR_BENEFIT, Set.of(Means.PAYMENT_OR_BENEFIT, Means.PAYMENT_TO_PERSON_IN_CONTROL)));
    }

    @ParameterizedTest(name = "{0} is met by exactly {1}")
    @MethodSource("meansRows")
    void each_means_element_is_met_by_the_words_its_definition_covers_and_no_other(Means element, Set<Means> words) {
        for (Means word : Means.values()) {
            assertThat(ElementDefinitions.anyMeansMeets(Set.of(element), Set.of(word)))
                    .as("%s meets %s", word, element).isEqualTo(words.contains(word));
        }
    }

    static Stream<Arguments> actRows() {
        return Stream.of(
                Arguments.of(Act.PROCURING, Set.of(Act.PROCURING, Act.RECRUITMENT, Act.TRANSPORTATION, Act.TRANSFER)),
                Arguments.of(Act.DISPOSING, Set.of(Act.DISPOSING, Act.SELLING, Act.LETTING_TO_HIRE, Act.TRANSFER)),
                Arguments.of(Act.OBTAINING, Set.of(Act.OBTAINING, Act.BUYING, Act.HIRING, Act.RECEIPT)));
    }

    @ParameterizedTest(name = "{0} is met by exactly {1}")
    @MethodSource("actRows")
    void each_act_element_is_met_by_the_words_its_definition_covers_and_no_other(Act element, Set<Act> words) {
        for (Act word : Act.values()) {
            assertThat(ElementDefinitions.anyActMeets(Set.of(element), Set.of(word)))
                    .as("%s meets %s", word, element).isEqualTo(words.contains(word));
        }
    }

    static Stream<Arguments> purposeRows() {
        return Stream.of(
                Arguments.of(Purpose.PROSTITUTION, Set.of(Purpose.PROSTITUTION, Purpose.SEXUAL_EXPLOITATION)),
                Arguments.of(Purpose.SEXUAL_EXPLOITATION, Set.of(Purpose.SEXUAL_EXPLOITATION, Purpose.PROSTITUTION)),
                Arguments.of(Purpose.FORCED_LABOUR, Set.of(Purpose.FORCED_LABOUR, Purpose.BONDED_LABOUR,
                        Purpose.FORCED_BEGGING)),
                Arguments.of(Purpose.SERVITUDE, Set.of(Purpose.SERVITUDE, Purpose.DOMESTIC_SERVITUDE)));
    }

    @ParameterizedTest(name = "{0} is met by exactly {1}")
    @MethodSource("purposeRows")
    void each_purpose_element_is_met_by_the_words_its_definition_covers_and_no_other(Purpose element,
                                                                                   Set<Purpose> words) {
        for (Purpose word : Purpose.values()) {
            assertThat(ElementDefinitions.anyPurposeMeets(Set.of(element), Set.of(word)))
                    .as("%s meets %s", word, element).isEqualTo(words.contains(word));
        }
    }

    @Test
    void the_rows_tested_here_are_all_the_rows_of_the_table() {
        assertThat(ElementDefinitions.meansRows().keySet()).containsExactlyInAnyOrderElementsOf(
                meansRows().map(a -> (Means) a.get()[0]).toList());
        assertThat(ElementDefinitions.actRows().keySet()).containsExactlyInAnyOrderElementsOf(
                actRows().map(a -> (Act) a.get()[0]).toList());
        assertThat(ElementDefinitions.purposeRows().keySet()).containsExactlyInAnyOrderElementsOf(
                purposeRows().map(a -> (Purpose) a.get()[0]).toList());
    }

    @Test
    void an_element_without_a_row_is_met_by_its_own_word_only() {
        assertThat(ElementDefinitions.meansMeeting(Means.DEBT_BONDAGE)).containsExactly(Means.DEBT_BONDAGE);
        assertThat(ElementDefinitions.actsMeeting(Act.RECRUITMENT)).containsExactly(Act.RECRUITMENT);
        assertThat(ElementDefinitions.purposesMeeting(Purpose.SLAVERY)).containsExactly(Purpose.SLAVERY);
    }

    @Test
    void signs_of_exploitation_that_are_not_means_meet_no_means_element() {
        Set<Means> elements = EnumSet.allOf(Means.class);
        for (Means sign : Set.of(Means.TAKES_EARNINGS, Means.EXCESSIVE_WORKING_HOURS, Means.RESTRICTS_MEDICAL_CARE,
                Means.RESTRICTS_FINANCIAL_ACCESS, Means.WITHHOLDS_NECESSITIES, Means.OTHER)) {
            assertThat(elements).filteredOn(e -> e != sign && ElementDefinitions.anyMeansMeets(Set.of(e), Set.of(sign)))
                    .as("elements met by %s", sign).isEmpty();
        }
    }

    @Test
    void docs_law_md_prints_every_row_of_the_table() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "law.md"));
        ElementDefinitions.meansRows().forEach((element, words) -> assertThat(doc).contains(row(element, words)));
        ElementDefinitions.actRows().forEach((element, words) -> assertThat(doc).contains(row(element, words)));
        ElementDefinitions.purposeRows().forEach((element, words) -> assertThat(doc).contains(row(element, words)));
    }

    /** "| coercion | coercion, threat, ... |": the element and the words in declaration order. */
    static <E extends Enum<E>> String row(E element, Set<E> words) {
        return "| " + describe(element) + " | " + words.stream().sorted().map(ElementDefinitionsTest::describe)
                .reduce((a, b) -> a + ", " + b).orElse("") + " |";
    }

    private static String describe(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
