package org.insaf.adapters.graphql.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;

import java.util.List;

/**
 * The GraphQL output types of the yearly figures. Counts by a vocabulary are lists of
 * {@code {key, count}} in the vocabulary's own order, every value listed (zero included), so that
 * two years line up entry by entry.
 */
public final class FiguresTypes {

    private FiguresTypes() {
    }

    @Name("YearlyFigures")
    @Description("One calendar year as the government reports it: alleged traffickers per statute, and the victims and cases of the cases registered that year (docs/statistics.md)")
    public record YearlyFiguresType(
            @NonNull int year,
            @NonNull @Description("Per statute with any figure that year, by statute code") List<@NonNull StatuteFiguresType> statutes,
            @NonNull @Description("Victims recorded in the cases registered that year, by sex") List<@NonNull SexCount> victimsBySex,
            @NonNull @Description("The same victims by age on the day their case was registered (a child is under 18)") List<@NonNull AgeGroupCount> victimsByAgeGroup,
            @NonNull @Description("The same victims by form of exploitation; a victim with two forms counts in each") List<@NonNull ExploitationCount> victimsByExploitation,
            @NonNull @Description("The cases registered that year, by their status today") List<@NonNull CaseStatusCount> casesByStatus) {
    }

    @Name("StatuteFigures")
    @Description("One statute's year, counted in alleged traffickers (accused)")
    public record StatuteFiguresType(
            @NonNull @Description("The statute's code, e.g. PACHTO-3") String statuteCode,
            @Description("The statute's title (the version in force that year, else its latest); null if the catalogue does not know the code") String title,
            @NonNull @Description("Accused of cases registered under the statute whose investigation started that year") int investigated,
            @NonNull @Description("Accused charged under the statute in a charge sheet filed that year") int prosecuted,
            @NonNull @Description("Accused convicted under the statute on a verdict given that year") int convicted) {
    }

    @Name("SexCount")
    @Description("The victims of one sex")
    public record SexCount(@NonNull Gender key, @NonNull int count) {
    }

    @Name("AgeGroupCount")
    @Description("The victims of one age group: CHILD (under 18), ADULT, or UNKNOWN (no date of birth nor estimate)")
    public record AgeGroupCount(@NonNull AgeGroup key, @NonNull int count) {
    }

    @Name("ExploitationCount")
    @Description("The victims of one form of exploitation")
    public record ExploitationCount(@NonNull Purpose key, @NonNull int count) {
    }

    @Name("CaseStatusCount")
    @Description("The cases in one status")
    public record CaseStatusCount(@NonNull CaseStatus key, @NonNull int count) {
    }

    @Name("FiguresTrend")
    @Description("The yearly figures of a run of years, oldest first, and their chart")
    public record FiguresTrendType(@NonNull int from, @NonNull int to,
                                   @NonNull @Description("One entry per year from `from` to `to`, both included") List<@NonNull YearlyFiguresType> years) {
    }
}
