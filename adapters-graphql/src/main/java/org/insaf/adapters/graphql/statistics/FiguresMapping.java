package org.insaf.adapters.graphql.statistics;

import org.insaf.adapters.graphql.statistics.FiguresTypes.AgeGroupCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.CaseStatusCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.ExploitationCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.SexCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.StatuteFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The application's yearly figures into their GraphQL shape. */
final class FiguresMapping {

    private FiguresMapping() {
    }

    static YearlyFiguresType of(YearlyFigures figures, StatuteTitles titles) {
        int year = figures.year();
        List<StatuteFiguresType> statutes = figures.statutes().stream()
                .sorted(Comparator.comparing(StatuteFigures::statute))
                .map(s -> new StatuteFiguresType(s.statute().value(), titles.title(s.statute().value(), year).orElse(null),
                        count(s.investigated()), count(s.prosecuted()), count(s.convicted())))
                .toList();
        return new YearlyFiguresType(year, statutes,
                entries(Gender.class, figures.victimsBySex(), SexCount::new),
                entries(AgeGroup.class, figures.victimsByAgeGroup(), AgeGroupCount::new),
                entries(Purpose.class, figures.victimsByExploitation(), ExploitationCount::new),
                entries(CaseStatus.class, figures.casesByStatus(), CaseStatusCount::new));
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
