package org.insaf.adapters.graphql.engine.fast;

import org.insaf.adapters.graphql.engine.fast.ReadDocuments.FieldPlan;
import org.insaf.application.casefile.read.CaseDetail.Part;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of each case a page's selection writes, as the fast read path asks the read side for them. */
class PagePartsTest {

    private static FieldPlan field(String name, FieldPlan... selection) {
        return new FieldPlan("alias-of-" + name, name, null, null, null, null,
                selection.length == 0 ? null : List.of(selection), null);
    }

    private static FieldPlan typename() {
        return new FieldPlan("__typename", "__typename", null, null, null, "Case", null, null);
    }

    private static FieldPlan page(FieldPlan... connection) {
        return field("cases", connection);
    }

    private static FieldPlan nodes(FieldPlan... fields) {
        return field("edges", field("cursor"), typename(), field("node", fields));
    }

    @Test
    void a_page_of_scalars_asks_for_no_part() {
        assertThat(FastReads.parts(page(nodes(field("id"), field("firNumber"), field("status"), field("registeredOn"),
                typename(), field("assignment", field("judge")), field("investigatingOffice", field("code")),
                field("registeredAt", field("code")), field("version"), field("office"), field("investigationClosedReason")),
                field("pageInfo", field("hasNextPage")), typename()))).isEmpty();
    }

    @Test
    void each_list_of_a_case_is_its_part_and_the_parts_of_aliased_edges_add_up() {
        for (Part part : Part.values()) {
            assertThat(FastReads.parts(page(nodes(field("id"), field(part.component(), field("x"))))))
                    .as(part.component()).containsExactly(part);
        }
        assertThat(FastReads.parts(page(nodes(field("victims", field("pseudonym")), field("victims", field("gender"))),
                nodes(field("charges", field("statuteCode"))), nodes(field("hearings", field("date"))))))
                .isEqualTo(EnumSet.of(Part.VICTIMS, Part.CHARGES, Part.HEARINGS));
    }

    @Test
    void a_field_not_known_at_any_level_asks_for_every_part() {
        Set<Part> all = Part.ALL;
        assertThat(FastReads.parts(page(nodes(field("id"), field("somethingNew"))))).isEqualTo(all);
        assertThat(FastReads.parts(page(nodes(field("id")), field("totalCount")))).isEqualTo(all);
        assertThat(FastReads.parts(page(field("edges", field("node", field("id")), field("score"))))).isEqualTo(all);
    }
}
