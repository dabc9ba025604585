package org.insaf.adapters.persistence.casefile;

import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseDetail.Part;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.contract.ContractCases;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.Province;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The kit's decided case, with what it lacks added: other sections, a transfer, an order, an appeal's outcome. */
    private static CaseDetail everyPart() {
        CaseDetail decided = CaseProjection.of(CaseView.of(ContractCases.decided(new FiaCircle("AHTC Lahore"), "PARTS-1",
                new CaseAssignment(Optional.of("inv-1"), Optional.of("pros-1"), Optional.of("Sessions Court Lahore"),
                        Optional.of("judge-1"))), 12));
        String accused = decided.accused().get(0).id();
        CaseDetail.Office lahore = new CaseDetail.Office(Agency.FIA, "AHTC Lahore", Province.PUNJAB, "Lahore");
        CaseDetail.Office multan = new CaseDetail.Office(Agency.FIA, "AHTC Multan", Province.PUNJAB, "Multan");
        return new CaseDetail(decided.id(), decided.version(), decided.firNumber(), decided.office(),
                decided.firSections(), List.of("Foreigners Act 1946 s.14"), decided.status(), decided.registeredOn(),
                decided.statusDates(), "not closed, but every component holds something", decided.victims(),
                decided.accused(), decided.charges(), decided.hearings(), decided.warnings(), decided.assignment(),
                decided.recordedFacts(),
                List.of(new CaseDetail.SentencingOrder(accused, LocalDate.of(2018, 1, 20), List.of(), 30, List.of(),
                        10, 6, 0, "10 years 6 months", LocalDate.of(2028, 6, 20))),
                multan, lahore, List.of(new CaseDetail.Transfer(LocalDate.of(2017, 4, 1), lahore, multan, "ordered")),
                List.of(new CaseDetail.Appellate(accused, List.of(), List.of(), 10, 6, 0, "10 years 6 months",
                        LocalDate.of(2028, 6, 20))));
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
            assertThat(CaseReadViews.read(stored, asked)).as("read for " + asked).isEqualTo(only(whole, asked));
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

    /** The view with each part not asked for emptied, built through the record's own constructor. */
    private static CaseDetail only(CaseDetail whole, Set<Part> asked) throws Exception {
        RecordComponent[] components = CaseDetail.class.getRecordComponents();
        List<Object> values = new ArrayList<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Optional<Part> part = Part.ofComponent(components[i].getName());
            Object value = components[i].getAccessor().invoke(whole);
            values.add(part.isEmpty() || asked.contains(part.get()) ? value : value instanceof List ? List.of() : null);
        }
        return CaseDetail.class.getDeclaredConstructor(types).newInstance(values.toArray());
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
