package org.insaf.adapters.graphql.statistics;

import org.insaf.adapters.graphql.statistics.FiguresTypes.AgeGroupCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.CaseStatusCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.ExploitationCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FigureChangeType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FigureRevisionChangeType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresRevisionType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.HeadlineFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.OfficeFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.PublicationStamp;
import org.insaf.adapters.graphql.statistics.FiguresTypes.SexCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.StatuteFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.CountingUnit;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.Publication;
import org.insaf.application.statistics.ReportedFigures;
import org.insaf.application.statistics.Revision;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The application's yearly figures into their GraphQL shape. */
final class FiguresMapping {

    private FiguresMapping() {
    }

    static YearlyFiguresType of(ReportedFigures reported, StatuteTitles titles) {
        return of(reported.figures(), reported.publication(), reported.changedSince().stream()
                .map(c -> new FigureChangeType(c.row(), count(c.was()), count(c.now()))).toList(), titles);
    }

    static FiguresRevisionType of(Revision revision, StatuteTitles titles) {
        Publication p = revision.publication();
        return new FiguresRevisionType(stamp(p), of(p.figures(), Optional.of(p), List.of(), titles),
                revision.changes().stream()
                        .map(c -> new FigureRevisionChangeType(c.row(), count(c.was()), count(c.now()))).toList());
    }

    private static YearlyFiguresType of(YearlyFigures figures, Optional<Publication> publication,
                                        List<FigureChangeType> changedSince, StatuteTitles titles) {
        int year = figures.year();
        List<StatuteFiguresType> statutes = figures.statutes().stream()
                .sorted(Comparator.comparing(StatuteFigures::statute))
                .map(s -> new StatuteFiguresType(s.statute().value(), titles.title(s.statute().value(), year).orElse(null),
                        count(s.investigated()), count(s.prosecuted()), count(s.convicted()), count(s.convictedOnAppeal()),
                        count(s.convictionsSetAside())))
                .toList();
        return new YearlyFiguresType(year, publication.map(FiguresMapping::stamp).orElse(null), changedSince,
                figures.headline().stream().map(FiguresMapping::headline).toList(),
                figures.distinctPersons().map(FiguresMapping::headline).orElse(null), statutes,
                entries(Gender.class, figures.victimsBySex(), SexCount::new),
                entries(AgeGroup.class, figures.victimsByAgeGroup(), AgeGroupCount::new),
                entries(Purpose.class, figures.victimsByExploitation(), ExploitationCount::new),
                entries(CaseStatus.class, figures.casesByStatus(), CaseStatusCount::new),
                figures.offices().stream().map(o -> new OfficeFiguresType(o.agency(), o.province().orElse(null),
                        count(o.investigated()), count(o.prosecuted()), count(o.convicted()), count(o.convictedOnAppeal())))
                        .toList());
    }

    /** What a headline row counts, in words: the same words as the chart's title. */
    static String label(CountingUnit unit) {
        return switch (unit) {
            case PERSONS -> "Alleged traffickers under the trafficking provisions (persons, each counted once)";
            case PERSON_STATUTE_PAIRS ->
                    "Alleged traffickers under the trafficking provisions (person and statute pairs: their rows added up)";
            case DISTINCT_PERSONS ->
                    "Alleged traffickers under the trafficking provisions (distinct persons: each once, whatever their cases)";
        };
    }

    private static HeadlineFiguresType headline(HeadlineFigures h) {
        return new HeadlineFiguresType(h.unit(), label(h.unit()), count(h.investigated()), count(h.prosecuted()),
                count(h.convicted()), count(h.convictedOnAppeal()), count(h.convictionsSetAside()));
    }

    private static PublicationStamp stamp(Publication p) {
        return new PublicationStamp(p.year(), p.revision(), p.publishedOn(), p.publishedBy(), p.reason().orElse(null));
    }

    /** Every value of the vocabulary in its declaration order, zero where the map has none. */
    private static <E extends Enum<E>, T> List<T> entries(Class<E> vocabulary, Map<E, Long> counts,
                                                          BiFunction<E, Integer, T> entry) {
        return Arrays.stream(vocabulary.getEnumConstants())
                .map(key -> entry.apply(key, count(counts.getOrDefault(key, 0L))))
                .toList();
    }

    private static int count(long value) {
        return Math.toIntExact(value);
    }
}
