package org.insaf.domain.statute;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The constant names are the storage format: a rename or removal must fail here, not in production data. */
class VocabularyTest {

    static String[] names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }

    @Test
    void stored_vocabularies_keep_their_names() {
        assertThat(names(Purpose.class)).contains("FORCED_LABOUR", "SEXUAL_EXPLOITATION", "CHILD_LABOUR",
                "FORCED_MARRIAGE", "SERVITUDE", "FORCED_MILITARY_BY_NON_STATE_ACTORS", "ORGAN_REMOVAL",
                "FORCED_BEGGING", "FORCED_ADOPTION", "SURROGACY", "OTHER", "BONDED_LABOUR", "DOMESTIC_SERVITUDE",
                "PROSTITUTION", "SLAVERY");
        assertThat(names(Means.class)).contains("FORCE", "THREAT", "COERCION", "KIDNAPPING_OR_ABDUCTION", "FRAUD",
                "DECEPTION", "ABUSE_OF_POWER_OR_VULNERABILITY", "PAYMENT_TO_PERSON_IN_CONTROL", "DEBT_BONDAGE");
        assertThat(names(Act.class)).contains("RECRUITMENT", "TRANSPORTATION", "TRANSFER", "HARBOURING", "RECEIPT",
                "OBTAINING", "SELLING", "BUYING", "HIRING", "DETAINING");
        assertThat(names(OffenceCategory.class)).containsExactly("TRAFFICKING", "SMUGGLING", "BONDED_LABOUR",
                "SLAVERY", "PROSTITUTION_OF_A_PERSON", "ORGAN_TRAFFICKING", "UNLAWFUL_COMPULSORY_LABOUR",
                "ILLEGAL_RECRUITMENT", "SEXUAL_EXPLOITATION_OF_A_GIRL", "ABDUCTION_OF_A_WOMAN", "MARRIAGE_FRAUD",
                "CHEATING", "DOCUMENT_OFFENCE", "UNLAWFUL_EMIGRATION");
        assertThat(names(TerritorialScope.class)).containsExactly("TRANSNATIONAL_ONLY", "INTERNAL_AND_TRANSNATIONAL");
        assertThat(names(FineRule.class)).containsExactly("NONE", "OPTIONAL", "MANDATORY");
        assertThat(names(PenaltyForm.class)).containsExactly("IMPRISONMENT_ONLY", "IMPRISONMENT_AND_FINE",
                "IMPRISONMENT_WITH_OPTIONAL_FINE", "IMPRISONMENT_OR_FINE_OR_BOTH");
    }

    @Test
    void descriptions_are_lower_case_words() {
        assertThat(Act.LETTING_TO_HIRE.describe()).isEqualTo("letting to hire");
        assertThat(Means.PAYMENT_TO_PERSON_IN_CONTROL.describe()).isEqualTo("payment to person in control");
        assertThat(Purpose.FORCED_LABOUR.describe()).isEqualTo("forced labour");
        assertThat(StatutoryCondition.HABITUAL_DEALING.basis()).isEqualTo(StatutoryCondition.Basis.ALLEGED_FACT);
    }
}
