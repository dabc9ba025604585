package org.insaf.application.service;

import org.insaf.application.access.Actor;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A role counts only in its own place on a case: a prosecutor whose user id is (wrongly) recorded
 * as the judge of a case sees it neither in lists nor when opening it.
 */
class VisibilityAgreesWithAccessTest extends UseCaseTest {

    private FindCasesQuery.Page casesOf(Actor actor) {
        return app.queries.findCases(new FindCasesQuery.Query(actor, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 100));
    }

    @Test
    void a_user_in_the_wrong_place_sees_the_case_neither_listed_nor_opened() {
        CaseId id = story().id();
        app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Actors.OTHER_PROSECUTOR.userId())));

        assertThat(casesOf(Actors.OTHER_PROSECUTOR).cases()).extracting(c -> CaseId.of(c.id())).doesNotContain(id);
        assertThatThrownBy(() -> app.queries.getCase(Actors.OTHER_PROSECUTOR, id)).isInstanceOf(CaseNotFound.class);

        // The same id in its own place does see it, both ways.
        app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(), Optional.empty(),
                Optional.of(Actors.OTHER_PROSECUTOR.userId()), Optional.empty(), Optional.empty()));
        assertThat(casesOf(Actors.OTHER_PROSECUTOR).cases()).extracting(c -> CaseId.of(c.id())).contains(id);
        assertThat(app.seenBy(Actors.OTHER_PROSECUTOR, id).id()).isEqualTo(id);
    }
}
