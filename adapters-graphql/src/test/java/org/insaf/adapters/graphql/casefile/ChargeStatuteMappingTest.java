package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeType;
import org.insaf.adapters.graphql.statute.CatalogueViews;
import org.insaf.adapters.graphql.statute.StatuteViews;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.domain.offence.FactsFixture.gulfLabourTrafficking;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PACHTO_3;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V1;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V2;

/** {@code Charge.statute} is a plain field: the version the charge cites, read from the in-memory catalogue. */
class ChargeStatuteMappingTest {

    private final CatalogueViews statutes = new CatalogueViews(StatuteCatalogueFixture.catalogue());

    private static Offence citing(StatuteRef ref, LocalDate offenceDate) {
        return Offence.charged(OffenceId.random(), PersonId.random(), ref, Set.of(PersonId.random()),
                gulfLabourTrafficking(offenceDate));
    }

    @Test
    void a_charge_shows_the_statute_version_it_cites_with_every_field() {
        ChargeType charge = CaseMapping.charge(CaseProjection.charge(citing(PACHTO_3.ref(), LocalDate.of(2018, 5, 30))), statutes);

        assertThat(charge.statuteCode()).isEqualTo("PACHTO-3");
        assertThat(charge.statuteVersion()).isEqualTo(1);
        assertThat(charge.statute()).isEqualTo(StatuteViews.of(PACHTO_3));
        assertThat(charge.statute().inForceLastDay()).isEqualTo(LocalDate.of(2018, 5, 30));
    }

    @Test
    void each_version_of_one_code_shows_as_itself_on_either_side_of_the_amendment() {
        LocalDate amendment = StatuteCatalogueFixture.PTPA_AMENDMENT;
        ChargeType before = CaseMapping.charge(CaseProjection.charge(citing(PTPA_3_AGG_V1.ref(), amendment.minusDays(1))), statutes);
        ChargeType on = CaseMapping.charge(CaseProjection.charge(citing(PTPA_3_AGG_V2.ref(), amendment)), statutes);

        assertThat(before.statute()).isEqualTo(StatuteViews.of(PTPA_3_AGG_V1));
        assertThat(on.statute()).isEqualTo(StatuteViews.of(PTPA_3_AGG_V2));
        assertThat(before.statute().version()).isEqualTo(before.statuteVersion()).isEqualTo(1);
        assertThat(on.statute().version()).isEqualTo(on.statuteVersion()).isEqualTo(2);
    }

    @Test
    void the_field_shows_the_version_cited_when_the_charge_was_filed_not_one_chosen_again() {
        // Filed under version 1 (say, before the amendment's date was corrected): it stays version 1.
        ChargeType charge = CaseMapping.charge(CaseProjection.charge(citing(PTPA_3_AGG_V1.ref(), LocalDate.of(2023, 3, 1))), statutes);

        assertThat(charge.statute().version()).isEqualTo(1);
    }

    @Test
    void a_version_missing_from_the_catalogue_leaves_the_field_null_and_keeps_code_and_version() {
        ChargeType charge = CaseMapping.charge(CaseProjection.charge(citing(StatuteRef.of("PTPA-3-AGG", 3), LocalDate.of(2023, 3, 1))), statutes);

        assertThat(charge.statute()).isNull();
        assertThat(charge.statuteCode()).isEqualTo("PTPA-3-AGG");
        assertThat(charge.statuteVersion()).isEqualTo(3);
    }

    @Test
    void charges_citing_the_same_version_share_one_view() {
        ChargeType first = CaseMapping.charge(CaseProjection.charge(citing(PACHTO_3.ref(), LocalDate.of(2017, 1, 1))), statutes);
        ChargeType second = CaseMapping.charge(CaseProjection.charge(citing(PACHTO_3.ref(), LocalDate.of(2010, 1, 1))), statutes);

        assertThat(second.statute()).isSameAs(first.statute());
    }
}
