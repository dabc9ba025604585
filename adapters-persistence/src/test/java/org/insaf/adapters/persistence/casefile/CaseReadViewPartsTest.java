package org.insaf.adapters.persistence.casefile;

import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseDetail.Part;
import org.insaf.application.casefile.read.CaseDetailFixture;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.contract.ContractCases;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.FiaCircle;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stored view read for some parts only: each part asked for, and everything that is no part, as the
 * whole view reads it; each part not asked for empty. Tried for every one of the 4,096 sets of parts on
 * a view in which every part holds something.
 */
class CaseReadViewPartsTest {

    /** The kit's decided case, with every part holding something. */
    private static CaseDetail everyPart() {
        return CaseDetailFixture.withEveryPart(CaseProjection.of(CaseView.of(ContractCases.decided(
                new FiaCircle("AHTC Lahore"), "PARTS-1", new CaseAssignment(Optional.of("inv-1"), Optional.of("pros-1"),
                        Optional.of("Sessions Court Lahore"), Optional.of("judge-1"))), 12)));
    }

    @Test
    void every_set_of_parts_reads_those_parts_as_the_whole_view_does_and_leaves_the_others_empty() throws Exception {
        CaseDetail whole = everyPart();
        byte[] stored = CaseReadViews.write(whole).getBytes(StandardCharsets.UTF_8);
        assertThat(CaseReadViews.read(stored)).isEqualTo(whole);
        for (Part part : Part.values()) {
            assertThat(component(whole, part.component())).as(part + " holds something in the test's view")
                    .isNotIn(List.of(), null);
        }
        Part[] parts = Part.values();
        for (int mask = 0; mask < 1 << parts.length; mask++) {
            Set<Part> asked = EnumSet.noneOf(Part.class);
            for (int i = 0; i < parts.length; i++) {
                if ((mask & 1 << i) != 0) {
                    asked.add(parts[i]);
                }
            }
            assertThat(CaseReadViews.read(stored, asked)).as("read for " + asked).isEqualTo(whole.only(asked));
        }
    }

    @Test
    void a_view_with_a_field_the_view_does_not_know_is_refused_whether_or_not_its_part_is_asked_for() {
        String stored = CaseReadViews.write(everyPart());
        String unknown = stored.replaceFirst("\\{", "{\"victimNames\":[\"Amina Bibi\"],");
        assertThatThrownBy(() -> CaseReadViews.read(unknown.getBytes(StandardCharsets.UTF_8), Set.of(Part.CHARGES)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("victimNames");
        assertThatThrownBy(() -> CaseReadViews.read(unknown.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void what_is_not_a_whole_view_is_refused_when_read_for_some_parts() {
        String stored = CaseReadViews.write(everyPart());
        for (String broken : List.of(stored.substring(0, stored.length() / 2), "[]", stored + "{}", "",
                stored.replace("\"status\":\"DECIDED\"", "\"status\":\"WHATEVER\""),
                stored.replaceFirst("\"registeredOn\":\"[^\"]*\"", "\"registeredOn\":null"))) {
            assertThatThrownBy(() -> CaseReadViews.read(broken.getBytes(StandardCharsets.UTF_8), Set.of(Part.VICTIMS)))
                    .as(broken.length() > 60 ? broken.substring(0, 60) : broken)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_part_passed_over_is_not_checked_and_one_read_is() {
        CaseDetail whole = everyPart();
        String stored = CaseReadViews.write(whole);
        String badHearing = stored.replaceFirst("(\"hearings\":\\[\\{\"date\":)\"[^\"]*\"", "$1\"2017-02-30\"");
        assertThat(badHearing).isNotEqualTo(stored);
        byte[] bytes = badHearing.getBytes(StandardCharsets.UTF_8);
        assertThat(CaseReadViews.read(bytes, Set.of(Part.VICTIMS)).victims()).isEqualTo(whole.victims());
        assertThatThrownBy(() -> CaseReadViews.read(bytes, Set.of(Part.HEARINGS))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CaseReadViews.read(bytes)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_view_without_its_version_is_refused_with_the_reads_own_error() {
        String stored = CaseReadViews.write(everyPart());
        String noVersion = stored.replaceFirst("\"version\":\\d+,", "");
        assertThat(noVersion).isNotEqualTo(stored);
        assertThatThrownBy(() -> CaseReadViews.read(noVersion.getBytes(StandardCharsets.UTF_8), Set.of(Part.VICTIMS)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Object component(CaseDetail view, String name) throws Exception {
        for (RecordComponent c : CaseDetail.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getAccessor().invoke(view);
            }
        }
        throw new AssertionError("no component " + name);
    }
}
