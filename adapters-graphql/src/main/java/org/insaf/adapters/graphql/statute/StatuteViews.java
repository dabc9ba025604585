package org.insaf.adapters.graphql.statute;

import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Penalty;
import org.insaf.domain.statute.Procedure;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteElements;

import java.util.Collection;
import java.util.List;

/** Domain statutes into their GraphQL shape; vocabularies are listed in a stable (declaration) order. */
public final class StatuteViews {

    private StatuteViews() {
    }

    public static StatuteView of(Statute statute) {
        Penalty p = statute.penalty();
        StatuteElements e = statute.elements();
        return new StatuteView(statute.code().value(), statute.version(), statute.act(), statute.section(),
                statute.title(), statute.category().name(), statute.category().countsAsTrafficking(), statute.scope().name(),
                new StatuteView.StatuteElementsView(names(e.acts()), names(e.means()), names(e.purposes()),
                        names(e.conditions()), e.childNeedsNoMeans()),
                new StatuteView.PenaltyView(p.form().name(), p.fineRule().name(),
                        (int) p.minimumTermMonths(), (int) p.maximumTermMonths(), p.lifeAllowed(), p.deathAllowed(),
                        p.fineMinimum().map(Rupees::amount).orElse(null), p.fineMaximum().map(Rupees::amount).orElse(null),
                        names(p.fineAloneBarredFor()), p.describeRange()),
                statute.inForce().from(), statute.inForce().until(), statute.inForce().lastDay().orElse(null),
                procedure(statute.procedure()), statute.source());
    }

    private static StatuteView.ProcedureView procedure(Procedure procedure) {
        return new StatuteView.ProcedureView(procedure.cognizable(), procedure.bailable(), procedure.compoundable(),
                procedure.triedBy().name(), procedure.investigatedBy().name(), procedure.describe());
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }
}
