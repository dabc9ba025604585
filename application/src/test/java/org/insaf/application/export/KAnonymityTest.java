package org.insaf.application.export;

import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KAnonymityTest {

    private static VictimRecord girl(String citizenship, Purpose form) {
        return new VictimRecord(2017, Gender.FEMALE, AgeBand.FROM_9_TO_17, CountryCode.of(citizenship), Set.of(form),
                Set.of(Means.DECEPTION), RecruiterRelation.FAMILY);
    }

    private static List<VictimRecord> copies(int n, VictimRecord record) {
        return Collections.nCopies(n, record);
    }

    @Test
    void a_group_of_k_is_published_and_a_group_of_k_minus_one_is_suppressed_and_counted() {
        List<VictimRecord> records = new ArrayList<>();
        records.addAll(copies(3, girl("PK", Purpose.PROSTITUTION)));
        records.addAll(copies(2, girl("AF", Purpose.PROSTITUTION)));
        KAnonymity.Result result = new KAnonymity(3).apply(records);
        assertThat(result.published()).hasSize(3).allSatisfy(r -> assertThat(r.citizenship().value()).isEqualTo("PK"));
        assertThat(result.suppressed()).isEqualTo(2);
    }

    @Test
    void groups_are_made_by_the_quasi_identifiers_only_so_the_studied_fields_may_differ_within_a_group() {
        List<VictimRecord> records = List.of(girl("PK", Purpose.PROSTITUTION), girl("PK", Purpose.FORCED_LABOUR),
                girl("PK", Purpose.FORCED_MARRIAGE));
        KAnonymity.Result result = new KAnonymity(3).apply(records);
        assertThat(result.published()).hasSize(3);
        assertThat(result.suppressed()).isZero();
        assertThat(girl("PK", Purpose.PROSTITUTION).quasiIdentifiers())
                .isEqualTo(girl("PK", Purpose.FORCED_LABOUR).quasiIdentifiers());
    }

    @Test
    void unknown_values_form_groups_of_their_own() {
        VictimRecord unknown = new VictimRecord(2017, null, null, null, null, null, null);
        assertThat(unknown.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(unknown.ageBand()).isEqualTo(AgeBand.UNKNOWN);
        assertThat(unknown.recruiterRelation()).isEqualTo(RecruiterRelation.UNKNOWN);
        List<VictimRecord> records = new ArrayList<>(copies(2, unknown));
        records.add(girl("PK", Purpose.PROSTITUTION));
        KAnonymity.Result result = new KAnonymity(2).apply(records);
        assertThat(result.published()).containsExactly(unknown, unknown);
        assertThat(result.suppressed()).isEqualTo(1);
    }

    @Test
    void the_published_order_is_by_value_never_the_order_of_storage() {
        List<VictimRecord> records = new ArrayList<>();
        records.addAll(copies(2, girl("PK", Purpose.SLAVERY)));
        records.addAll(copies(2, girl("PK", Purpose.FORCED_LABOUR)));
        List<VictimRecord> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        KAnonymity rule = new KAnonymity(2);
        assertThat(rule.apply(records).published()).isEqualTo(rule.apply(reversed).published());
        assertThat(rule.apply(records).published().get(0).exploitation()).containsExactly(Purpose.FORCED_LABOUR);
    }

    @Test
    void k_below_two_protects_nothing_and_is_refused() {
        assertThatThrownBy(() -> new KAnonymity(1)).isInstanceOf(InvalidCommand.class)
                .hasMessage("k must be at least 2, not 1");
        assertThat(new KAnonymity(KAnonymity.CTDC_K).k()).isEqualTo(11);
    }

    @Test
    void a_record_holds_the_allowed_fields_and_nothing_else() {
        // A new field on VictimRecord leaves through every export adapter: it must be added here on purpose.
        assertThat(Arrays.stream(VictimRecord.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("yearRegistered", "gender", "ageBand", "citizenship", "exploitation",
                        "meansOfControl", "recruiterRelation");
        assertThat(Arrays.stream(VictimRecord.QuasiIdentifiers.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("yearRegistered", "gender", "ageBand", "citizenship");
    }

    @Test
    void age_bands_are_those_ctdc_publishes_with_no_gap_and_no_overlap() {
        assertThat(AgeBand.of(Optional.of(0))).isEqualTo(AgeBand.FROM_0_TO_8);
        assertThat(AgeBand.of(Optional.of(8))).isEqualTo(AgeBand.FROM_0_TO_8);
        assertThat(AgeBand.of(Optional.of(9))).isEqualTo(AgeBand.FROM_9_TO_17);
        assertThat(AgeBand.of(Optional.of(17))).isEqualTo(AgeBand.FROM_9_TO_17);
        assertThat(AgeBand.of(Optional.of(18))).isEqualTo(AgeBand.FROM_18_TO_20);
        assertThat(AgeBand.of(Optional.of(29))).isEqualTo(AgeBand.FROM_27_TO_29);
        assertThat(AgeBand.of(Optional.of(30))).isEqualTo(AgeBand.FROM_30_TO_38);
        assertThat(AgeBand.of(Optional.of(47))).isEqualTo(AgeBand.FROM_39_TO_47);
        assertThat(AgeBand.of(Optional.of(48))).isEqualTo(AgeBand.FROM_48);
        assertThat(AgeBand.of(Optional.of(130))).isEqualTo(AgeBand.FROM_48);
        assertThat(AgeBand.of(Optional.empty())).isEqualTo(AgeBand.UNKNOWN);
        assertThat(AgeBand.of(Optional.of(-1))).isEqualTo(AgeBand.UNKNOWN);
        for (int age = 0; age <= 130; age++) {
            AgeBand band = AgeBand.of(Optional.of(age));
            assertThat(age).isBetween(band.lowest(), band.highest());
        }
    }
}
