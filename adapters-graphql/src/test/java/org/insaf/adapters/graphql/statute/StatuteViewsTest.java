package org.insaf.adapters.graphql.statute;

import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PACHTO_3;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PPC_369A;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V2;

class StatuteViewsTest {

    @Test
    void a_repealed_provision_with_every_field() {
        StatuteView view = StatuteViews.of(PACHTO_3);

        assertThat(view.code()).isEqualTo("PACHTO-3");
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.act()).isEqualTo("Prevention and Control of Human Trafficking Ordinance 2002");
        assertThat(view.section()).isEqualTo("3");
        assertThat(view.title()).isEqualTo("Human trafficking into or out of Pakistan");
        assertThat(view.category()).isEqualTo("TRAFFICKING");
        assertThat(view.countsAsTrafficking()).isTrue();
        assertThat(view.territorialScope()).isEqualTo("TRANSNATIONAL_ONLY");
        assertThat(view.inForceFrom()).isEqualTo(LocalDate.of(2002, 10, 31));
        assertThat(view.inForceUntil()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(view.inForceLastDay()).isEqualTo(LocalDate.of(2018, 5, 30));
        assertThat(view.source()).isEqualTo(PACHTO_3.source());
        assertThat(view.procedure()).isEqualTo(new StatuteView.ProcedureView(true, false, false, "COURT_OF_SESSION", "FIA",
                PACHTO_3.procedure().describe()));
    }

    @Test
    void its_elements_are_listed_in_the_vocabularies_declaration_order() {
        StatuteView.StatuteElementsView elements = StatuteViews.of(PACHTO_3).elements();

        assertThat(elements.acts()).containsExactly("RECRUITMENT", "HARBOURING", "RECEIPT", "OBTAINING", "SECURING",
                "SELLING", "BUYING", "DETAINING");
        assertThat(elements.means()).isEqualTo(sortedNames(PACHTO_3.elements().means()));
        assertThat(elements.means()).hasSize(10).contains("FORCE", "PAYMENT_OR_BENEFIT");
        assertThat(elements.purposes()).isEmpty();
        assertThat(elements.conditions()).isEmpty();
        assertThat(elements.meansNotNeededForChild()).isFalse();
    }

    @Test
    void a_penalty_without_fine_bounds_leaves_them_null() {
        StatuteView.PenaltyView penalty = StatuteViews.of(PACHTO_3).penalty();

        assertThat(penalty.form()).isEqualTo("IMPRISONMENT_AND_FINE");
        assertThat(penalty.fine()).isEqualTo("MANDATORY");
        assertThat(penalty.minimumImprisonmentMonths()).isZero();
        assertThat(penalty.maximumImprisonmentMonths()).isEqualTo(168);
        assertThat(penalty.lifeImprisonment()).isFalse();
        assertThat(penalty.death()).isFalse();
        assertThat(penalty.minimumFinePkr()).isNull();
        assertThat(penalty.maximumFinePkr()).isNull();
        assertThat(penalty.fineAloneBarredFor()).isEmpty();
        assertThat(penalty.description()).isEqualTo("up to 14 years and a fine");
    }

    @Test
    void a_provision_in_force_has_no_end_and_its_fine_bounds_in_rupees() {
        StatuteView view = StatuteViews.of(PPC_369A);

        assertThat(view.inForceFrom()).isEqualTo(LocalDate.of(2016, 3, 18));
        assertThat(view.inForceUntil()).isNull();
        assertThat(view.inForceLastDay()).isNull();
        assertThat(view.penalty().minimumImprisonmentMonths()).isEqualTo(60);
        assertThat(view.penalty().maximumImprisonmentMonths()).isEqualTo(84);
        assertThat(view.penalty().minimumFinePkr()).isEqualTo(500_000L);
        assertThat(view.penalty().maximumFinePkr()).isEqualTo(700_000L);
        assertThat(view.procedure().investigatedBy()).isEqualTo("PROVINCIAL_POLICE");
    }

    @Test
    void only_an_upper_fine_bound_and_the_purposes_that_bar_a_fine_alone() {
        StatuteView view = StatuteViews.of(PTPA_3_AGG_V2);

        assertThat(view.version()).isEqualTo(2);
        assertThat(view.penalty().minimumFinePkr()).isNull();
        assertThat(view.penalty().maximumFinePkr()).isEqualTo(1_000_000L);
        assertThat(view.penalty().fineAloneBarredFor()).containsExactly("SEXUAL_EXPLOITATION");
        assertThat(view.elements().conditions()).containsExactly("VICTIM_IS_WOMAN_OR_CHILD");
        assertThat(view.elements().meansNotNeededForChild()).isTrue();
    }

    @Test
    void every_provision_of_the_catalogue_maps_without_loss_of_its_identity() {
        for (Statute statute : StatuteCatalogueFixture.all()) {
            StatuteView view = StatuteViews.of(statute);
            assertThat(view.code()).isEqualTo(statute.code().value());
            assertThat(view.version()).isEqualTo(statute.version());
            assertThat(view.countsAsTrafficking()).isEqualTo(statute.category().countsAsTrafficking());
            assertThat(view.penalty().maximumImprisonmentMonths()).isEqualTo(statute.penalty().maximumTermMonths());
            assertThat(view.penalty().description()).isEqualTo(statute.penalty().describeRange());
        }
    }

    private static List<String> sortedNames(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }
}
