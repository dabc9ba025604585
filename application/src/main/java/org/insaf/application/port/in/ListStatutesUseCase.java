package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.statute.Statute;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Lists the statute catalogue, or the statutes in force on a date. */
public interface ListStatutesUseCase {

    List<Statute> listStatutes(Query query);

    /** The whole catalogue, to ask it which version to cite ({@code query.inForceOn} is not used). */
    org.insaf.domain.statute.StatuteCatalogue catalogue(Query query);

    /**
     * @param actor     who asks; any role may read the catalogue
     * @param inForceOn when present, only the versions in force on that day
     */
    record Query(Actor actor, Optional<LocalDate> inForceOn) {
        public Query {
            InvalidCommand.required(actor, "actor");
            inForceOn = inForceOn == null ? Optional.empty() : inForceOn;
        }
    }
}
