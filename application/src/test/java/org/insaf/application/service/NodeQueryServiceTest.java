package org.insaf.application.service;

import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.error.NodeNotFound;
import org.insaf.application.port.in.FindNodeQuery;
import org.insaf.application.access.CaseAccessPolicy;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.ObjectLocator;
import org.insaf.application.port.out.ObjectLocator.Kind;
import org.insaf.application.port.out.ObjectLocator.Located;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** node(id) reads the case that holds the object, and refuses as case(id) does without naming the case. */
class NodeQueryServiceTest {

    private final Actor actor = new Actor("someone", Set.of(Role.INVESTIGATOR), Optional.of("AHTC Lahore"));
    private final CaseId holder = new CaseId(UUID.randomUUID());
    private final List<CaseId> read = new ArrayList<>();

    private NodeQueryService service(ObjectLocator locator, boolean visible) {
        return new NodeQueryService(locator, (who, caseId) -> {
            read.add(caseId);
            if (!visible) {
                throw new CaseNotFound(caseId);
            }
            return null;
        });
    }

    @Test
    void an_object_of_a_case_is_read_through_its_case() {
        UUID accused = UUID.randomUUID();
        FindNodeQuery.Found found = service((id, visibility) -> Optional.of(new Located(Kind.ACCUSED, holder)), true).find(actor, accused);
        assertThat(found.kind()).isEqualTo(Kind.ACCUSED);
        assertThat(read).containsExactly(holder);
    }

    @Test
    void the_locator_is_told_what_the_caller_may_see_so_that_a_visible_case_holding_the_object_is_preferred() {
        List<CaseVisibility> told = new ArrayList<>();
        service((id, visibility) -> {
            told.add(visibility);
            return Optional.of(new Located(Kind.ACCUSED, holder));
        }, true).find(actor, UUID.randomUUID());
        assertThat(told).containsExactly(new CaseAccessPolicy().visibilityOf(actor));
    }

    @Test
    void an_id_that_names_nothing_is_read_as_a_case_id_so_it_is_refused_and_audited_as_case_id_is() {
        UUID nothing = UUID.randomUUID();
        assertThatThrownBy(() -> service((id, visibility) -> Optional.empty(), false).find(actor, nothing))
                .isInstanceOf(NodeNotFound.class)
                .hasMessage("Nothing with id " + nothing + " exists or is open to you");
        assertThat(read).containsExactly(new CaseId(nothing));
    }

    @Test
    void a_hidden_object_is_refused_in_the_same_words_without_naming_its_case() {
        UUID charge = UUID.randomUUID();
        assertThatThrownBy(() -> service((id, visibility) -> Optional.of(new Located(Kind.CHARGE, holder)), false).find(actor, charge))
                .isInstanceOf(NodeNotFound.class)
                .hasMessage("Nothing with id " + charge + " exists or is open to you")
                .message().doesNotContain(holder.toString());
    }

    @Test
    void an_id_and_an_actor_are_required() {
        NodeQueryService service = service((id, visibility) -> Optional.empty(), true);
        assertThatThrownBy(() -> service.find(actor, null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> service.find(null, UUID.randomUUID())).isInstanceOf(InvalidCommand.class);
        assertThat(read).isEmpty();
    }
}
