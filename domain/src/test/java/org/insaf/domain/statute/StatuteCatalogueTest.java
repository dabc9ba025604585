package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.Rupees;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.statute.StatuteCatalogueFixture.*;

class StatuteCatalogueTest {

    @Test
    void every_provision_of_the_catalogue_is_expressible() {
        StatuteCatalogue catalogue = catalogue();

        assertThat(catalogue.all()).extracting(s -> s.ref().toString()).containsExactly(
                "BLAA-11 v1", "EO-17 v1", "EO-18 v1", "EO-22 v1", "HO-13 v1", "HO-14 v1", "PA-6 v1", "PACHTO-3 v1",
                "PPC-365B v1", "PPC-366A v1", "PPC-366B v1", "PPC-369A v1", "PPC-370 v1", "PPC-371 v1",
                "PPC-371A v1", "PPC-371B v1", "PPC-374 v1", "PPC-420 v1", "PPC-468 v1", "PPC-471 v1",
                "PPC-493A v1", "PPC-496 v1", "PSMA-3 v1", "PSMA-3 v2", "PTPA-3 v1", "PTPA-3-AGG v1",
                "PTPA-3-AGG v2", "THOTA-11 v1");
        assertThat(catalogue.all()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
    }

    @Test
    void pachto_is_transnational_up_to_fourteen_years_and_fine_until_the_day_before_the_ptpa() {
        assertThat(PACHTO_3.scope()).isEqualTo(TerritorialScope.TRANSNATIONAL_ONLY);
        assertThat(PACHTO_3.penalty().describeRange()).isEqualTo("up to 14 years and a fine");
        assertThat(PACHTO_3.isInForceOn(LocalDate.of(2002, 10, 30))).isFalse();
        assertThat(PACHTO_3.isInForceOn(LocalDate.of(2002, 10, 31))).isTrue();
        assertThat(PACHTO_3.isInForceOn(LocalDate.of(2018, 5, 30))).isTrue();
        assertThat(PACHTO_3.isInForceOn(LocalDate.of(2018, 5, 31))).isFalse();
    }

    @Test
    void ppc_369a_needs_force_fraud_or_coercion_and_applies_from_march_2016() {
        assertThat(PPC_369A.elements().means()).containsExactlyInAnyOrder(Means.FORCE, Means.FRAUD, Means.COERCION);
        assertThat(PPC_369A.isInForceOn(LocalDate.of(2016, 3, 17))).isFalse();
        assertThat(PPC_369A.isInForceOn(LocalDate.of(2016, 3, 18))).isTrue();
        assertThat(PPC_369A.penalty().describeRange())
                .isEqualTo("5 to 7 years, or a fine of PKR 500,000 to PKR 700,000, or both");
    }

    @Test
    void ptpa_aggregated_form_has_two_versions_that_meet_at_the_amendment() {
        StatuteCatalogue catalogue = catalogue();
        StatuteCode code = StatuteCode.of("PTPA-3-AGG");

        assertThat(catalogue.versionsOf(code)).containsExactly(PTPA_3_AGG_V1, PTPA_3_AGG_V2);
        assertThat(catalogue.versionToCite(code, PTPA_AMENDMENT.minusDays(1)).cited()).contains(PTPA_3_AGG_V1);
        assertThat(catalogue.versionToCite(code, PTPA_AMENDMENT).cited()).contains(PTPA_3_AGG_V2);
        assertThat(catalogue.versionToCite(code, PTPA_IN_FORCE.minusDays(1)).cited()).isEmpty();
        assertThat(PTPA_3_AGG_V1.penalty().form().fineAloneAllowed()).isTrue();
        assertThat(PTPA_3_AGG_V2.penalty().form().fineAloneAllowed()).isTrue();
        assertThat(PTPA_3_AGG_V2.penalty().fineAloneBarredFor()).containsExactly(Purpose.SEXUAL_EXPLOITATION);
        assertThat(catalogue.find(StatuteRef.of("PTPA-3-AGG", 2))).contains(PTPA_3_AGG_V2);
        assertThat(catalogue.find(StatuteRef.of("PTPA-3-AGG", 3))).isEmpty();
    }

    @Test
    void most_relevant_version_is_the_one_in_force_else_the_nearest() {
        StatuteCatalogue catalogue = catalogue();

        assertThat(versions(catalogue.citationsOn(LocalDate.of(2019, 1, 1))))
                .hasSize(26).contains(PTPA_3_AGG_V1).doesNotContain(PTPA_3_AGG_V2);
        assertThat(versions(catalogue.citationsOn(LocalDate.of(2023, 1, 1))))
                .contains(PTPA_3_AGG_V2, PACHTO_3).doesNotContain(PTPA_3_AGG_V1);
        assertThat(versions(catalogue.citationsOn(LocalDate.of(2010, 1, 1))))
                .contains(PTPA_3_AGG_V1).doesNotContain(PTPA_3_AGG_V2);
    }

    @Test
    void most_relevant_version_falls_in_a_gap_between_versions_on_the_next_one() {
        Statute v1 = version(1, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1));
        Statute v2 = version(2, LocalDate.of(2002, 1, 1), LocalDate.of(2003, 1, 1));
        Statute v3 = version(3, LocalDate.of(2004, 1, 1), null);
        StatuteCatalogue catalogue = catalogueOf(v3, v1, v2);

        assertThat(versions(catalogue.citationsOn(LocalDate.of(2001, 6, 1)))).containsExactly(v2);
        assertThat(versions(catalogue.citationsOn(LocalDate.of(1999, 6, 1)))).containsExactly(v1);
        assertThat(catalogue.all()).containsExactly(v1, v2, v3);
    }

    @Test
    void versions_of_one_code_may_not_overlap_nor_share_a_number() {
        Statute open = version(1, LocalDate.of(2000, 1, 1), null);
        Statute later = version(2, LocalDate.of(2005, 1, 1), null);
        Statute sameNumber = version(1, LocalDate.of(2010, 1, 1), null);

        assertThatThrownBy(() -> catalogueOf(open, later))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("STATUTE_VERSIONS_DO_NOT_OVERLAP"))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> catalogueOf(version(1, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1)),
                sameNumber))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("STATUTE_VERSION_UNIQUE"));
        assertThat(catalogueOf(version(1, LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1)), later).all())
                .hasSize(2);
    }

    @Test
    void different_codes_may_share_dates_and_numbers() {
        assertThat(catalogueOf(PTPA_3, PSMA_3).all()).hasSize(2);
    }

    @Test
    void statute_validates_its_plain_values() {
        assertThatThrownBy(() -> new Statute(StatuteCode.of("X-1"), 0, "Act", "1", "Title",
                OffenceCategory.TRAFFICKING, TerritorialScope.INTERNAL_AND_TRANSNATIONAL, PPC_370.elements(),
                PPC_370.penalty(), PPC_370.inForce(), PPC_370.procedure(), "U"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("STATUTE_VERSION_POSITIVE"));
        assertThatThrownBy(() -> new Statute(StatuteCode.of("X-1"), 1, " ", "1", "Title",
                OffenceCategory.TRAFFICKING, TerritorialScope.INTERNAL_AND_TRANSNATIONAL, PPC_370.elements(),
                PPC_370.penalty(), PPC_370.inForce(), PPC_370.procedure(), "U"))
                .isInstanceOf(InvalidValueException.class).hasMessage("act is required");
        assertThatThrownBy(() -> new Statute(StatuteCode.of("X-1"), 1, "Act", "1", "Title",
                null, TerritorialScope.INTERNAL_AND_TRANSNATIONAL, PPC_370.elements(),
                PPC_370.penalty(), PPC_370.inForce(), PPC_370.procedure(), "U"))
                .isInstanceOf(InvalidValueException.class).hasMessage("offence category is required");
        Statute noSource = new Statute(StatuteCode.of("X-1"), 1, " Act ", "1", "Title",
                OffenceCategory.TRAFFICKING, TerritorialScope.INTERNAL_AND_TRANSNATIONAL, PPC_370.elements(),
                PPC_370.penalty(), PPC_370.inForce(), PPC_370.procedure(), null);
        assertThat(noSource.source()).isEmpty();
        assertThat(noSource.act()).isEqualTo("Act");
    }

    @Test
    void statute_codes_are_upper_case_words_joined_by_hyphens() {
        assertThat(StatuteCode.of("PTPA-3-AGG").value()).isEqualTo("PTPA-3-AGG");
        for (String bad : List.of("ppc-369a", "PPC 369A", "-PPC", "PPC-", "", "3-PPC")) {
            assertThatThrownBy(() -> StatuteCode.of(bad))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("STATUTE_CODE_FORMAT"));
        }
        assertThatThrownBy(() -> new StatuteCode(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> StatuteRef.of("PPC-370", 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void elements_need_an_act_and_are_read_only() {
        assertThatThrownBy(() -> new StatuteElements(Set.of(), Set.of(), Set.of(), Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("ELEMENTS_NEED_AN_ACT"));
        StatuteElements elements = new StatuteElements(Set.of(Act.SELLING), null, null, null);
        assertThat(elements.requiresMeans()).isFalse();
        assertThat(elements.requiresPurpose()).isFalse();
        assertThat(PPC_369A.elements().requiresMeans()).isTrue();
        assertThat(PPC_369A.elements().requiresPurpose()).isTrue();
        assertThatThrownBy(() -> elements.acts().add(Act.BUYING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void purposes_and_means_are_met_through_the_definitions_table() {
        StatuteElements sexualExploitation = PPC_369A.elements();
        assertThat(sexualExploitation.purposeMetBy(Set.of(Purpose.PROSTITUTION))).isTrue();
        assertThat(PPC_371A.elements().purposeMetBy(Set.of(Purpose.SEXUAL_EXPLOITATION))).isTrue();
        assertThat(PPC_371A.elements().purposeMetBy(Set.of(Purpose.FORCED_LABOUR))).isFalse();
        assertThat(sexualExploitation.purposeMetBy(Set.of(Purpose.BONDED_LABOUR))).isTrue();
        assertThat(sexualExploitation.purposeMetBy(Set.of(Purpose.ORGAN_REMOVAL))).isFalse();
        assertThat(PPC_374.elements().purposeMetBy(Set.of())).isTrue();
        assertThat(sexualExploitation.meansMetBy(Set.of(Means.DECEPTION))).isTrue();
        assertThat(sexualExploitation.meansMetBy(Set.of(Means.TAKES_EARNINGS))).isFalse();
        assertThat(sexualExploitation.meansMetBy(Set.of(Means.DECEPTION, Means.FRAUD))).isTrue();
        assertThat(PPC_371A.elements().meansMetBy(Set.of())).isTrue();
        assertThat(PPC_371A.elements().actMetBy(Set.of(Act.BUYING))).isFalse();
        assertThat(PPC_371B.elements().actMetBy(Set.of(Act.BUYING))).isTrue();
    }

    @Test
    void smuggling_emigration_fraud_document_and_marriage_offences_never_count_as_trafficking() {
        assertThat(Set.of(OffenceCategory.values())).filteredOn(c -> !c.countsAsTrafficking())
                .containsExactlyInAnyOrder(OffenceCategory.SMUGGLING, OffenceCategory.ILLEGAL_RECRUITMENT,
                        OffenceCategory.UNLAWFUL_EMIGRATION, OffenceCategory.CHEATING,
                        OffenceCategory.DOCUMENT_OFFENCE, OffenceCategory.MARRIAGE_FRAUD,
                        OffenceCategory.ABDUCTION_OF_A_WOMAN);
        assertThat(StatuteCatalogueFixture.all()).filteredOn(s -> s.category().countsAsTrafficking())
                .extracting(s -> s.code().value()).doesNotContain("PPC-420", "PPC-468", "PPC-471", "PA-6",
                        "PPC-493A", "PPC-496", "EO-17", "EO-22", "PSMA-3");
    }

    static List<Statute> versions(List<StatuteCatalogue.Citation> citations) {
        return citations.stream().map(StatuteCatalogue.Citation::version).toList();
    }

    @Test
    void transnational_only_scope_does_not_reach_internal_conduct() {
        assertThat(PACHTO_3.reaches(false)).isFalse();
        assertThat(PACHTO_3.reaches(true)).isTrue();
        assertThat(PPC_369A.reaches(false)).isTrue();
        assertThat(PPC_369A.reaches(true)).isTrue();
    }

    @Test
    void life_imprisonment_is_described_and_ranked_above_terms() {
        assertThat(PPC_371.penalty().describeRange()).isEqualTo("imprisonment for life or up to 10 years and a fine");
        assertThat(PPC_371.penalty().severity()).isEqualTo(1_000_120L);
        assertThat(PPC_371A.penalty().severity()).isEqualTo(300L);
        assertThat(PPC_371.penalty().lifeAllowed()).isTrue();
        assertThat(PPC_370.penalty().orDeath().severity()).isEqualTo(2_000_084L);
        assertThat(PPC_371.penalty().severity()).isGreaterThan(PPC_371A.penalty().severity());
        assertThat(PPC_371A.penalty().severity()).isGreaterThan(PACHTO_3.penalty().severity());
        Penalty death = PPC_370.penalty().orDeath();
        assertThat(death.severity()).isGreaterThan(PPC_371.penalty().severity());
        assertThat(death.describeRange()).isEqualTo("death, up to 7 years and a fine");
        assertThat(PTPA_3.penalty().describeRange())
                .isEqualTo("up to 7 years, or a fine of up to PKR 1,000,000, or both");
        assertThat(PTPA_3_AGG_V2.penalty().describeRange())
                .isEqualTo("2 to 10 years, or a fine of up to PKR 1,000,000, or both");
        assertThat(PPC_365B.penalty().describeRange()).isEqualTo("imprisonment for life and a fine");
        assertThat(HO_13.penalty().severity()).isEqualTo(1_000_000L);
    }

    static Statute version(int number, LocalDate from, LocalDate until) {
        return new Statute(StatuteCode.of("TEST-1"), number, "Test Act", "1", "Test offence",
                OffenceCategory.TRAFFICKING, TerritorialScope.INTERNAL_AND_TRANSNATIONAL, PPC_370.elements(),
                Penalty.imprisonmentUpTo(PenaltyForm.IMPRISONMENT_ONLY, Period.ofYears(1)),
                new InForcePeriod(from, until), PPC_370.procedure(), "test");
    }

    @Test
    void rupees_are_never_negative_and_print_as_pkr() {
        assertThat(Rupees.of(1_000_000)).hasToString("PKR 1,000,000");
        assertThatThrownBy(() -> Rupees.of(-1)).isInstanceOf(InvalidValueException.class);
        assertThat(Rupees.of(0).amount()).isZero();
        assertThat(Rupees.of(2).compareTo(Rupees.of(1))).isPositive();
    }

    private static StatuteCatalogue catalogueOf(Statute... statutes) {
        return new StatuteCatalogue(List.of(statutes));
    }
}
