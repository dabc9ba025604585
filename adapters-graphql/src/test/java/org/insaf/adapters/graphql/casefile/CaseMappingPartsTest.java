package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.casefile.CaseTypes.CaseType;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseDetail.Part;
import org.insaf.application.casefile.read.CaseDetailFixture;
import org.insaf.application.casefile.read.CaseProjection;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fast read path relies on when it reads a page for some parts of each case only: every
 * field of {@code Case} is the view's component of its name, mapped from that component alone, so a
 * field of a part needs that part and a field of no part needs none.
 */
class CaseMappingPartsTest {

    /** The mapping test's full case, with every part holding something. */
    private static CaseDetail everyPart() {
        return CaseDetailFixture.withEveryPart(CaseProjection.of(new CaseMappingTest().fullView()));
    }

    @Test
    void every_field_of_a_case_is_mapped_from_the_component_of_its_name_alone() throws Exception {
        CaseDetail whole = everyPart();
        CaseType full = CaseMapping.toType(whole, TestStatutes.VIEWS);
        Set<String> components = Arrays.stream(CaseDetail.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (RecordComponent field : CaseType.class.getRecordComponents()) {
            assertThat(components).as("Case." + field.getName() + " has a component of its name in the view")
                    .contains(field.getName());
            Set<Part> needed = Part.ofComponent(field.getName()).map(Set::of).orElse(Set.of());
            CaseType fromItsPart = CaseMapping.toType(whole.only(needed), TestStatutes.VIEWS);
            assertThat(field.getAccessor().invoke(fromItsPart)).as("Case." + field.getName() + " from " + needed)
                    .isEqualTo(field.getAccessor().invoke(full));
        }
        for (Part part : Part.values()) {
            Object value = CaseType.class.getMethod(part.component()).invoke(full);
            assertThat(value).as(part + " holds something in the test's case").isNotNull().isNotEqualTo(List.of());
        }
    }
}
