package org.insaf.adapters.graphql.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.CountingUnit;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;

import java.time.LocalDate;
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
    @Description("One calendar year as the government reports it: alleged traffickers per statute and in all, and the victims and cases of the cases registered that year (docs/statistics.md). A published year reads as published, with the figures the data has changed since")
    public record YearlyFiguresType(
            @NonNull int year,
            @Description("The publication these figures are (the latest revision); null when the year is not published and the figures are those counted now") PublicationStamp publication,
            @NonNull @Description("For a published year, every figure the data has changed since the publication (empty when none, and for a year not published)") List<@NonNull FigureChangeType> changedSincePublication,
            @NonNull @Description("The headline rows under the provisions that count as trafficking (not smuggling, emigration, fraud or document offences): PERSONS (each accused once) then PERSON_STATUTE_PAIRS (those provisions' rows added up)") List<@NonNull HeadlineFiguresType> headline,
            @Description("The alleged traffickers under the trafficking provisions as DISTINCT_PERSONS: each person once, however many cases they are accused in (by the person register: an accused's record, or the record it is joined to). Null in a publication made before they were counted") HeadlineFiguresType distinctPersons,
            @NonNull @Description("Per statute with any figure that year, by statute code; each accused counted once per statute") List<@NonNull StatuteFiguresType> statutes,
            @NonNull @Description("Victims recorded in the cases registered that year, by sex") List<@NonNull SexCount> victimsBySex,
            @NonNull @Description("The same victims by age on their offence date (a child is under 18; docs/statistics.md)") List<@NonNull AgeGroupCount> victimsByAgeGroup,
            @NonNull @Description("The same victims by form of exploitation; a victim with two forms counts in each") List<@NonNull ExploitationCount> victimsByExploitation,
            @NonNull @Description("The cases registered that year, by their status today") List<@NonNull CaseStatusCount> casesByStatus,
            @NonNull @Description("The PERSONS headline split by the agency and province of the office that held each case on the day counted (a transferred case counts with the office it had then); the rows add up to the headline. Offices with no figure that year are not listed; ordered by agency, then province (none first)") List<@NonNull OfficeFiguresType> byAgencyAndProvince) {
    }

    @Name("OfficeFigures")
    @Description("Alleged traffickers under the trafficking provisions counted by the offices of one agency in one province, each person once")
    public record OfficeFiguresType(
            @NonNull @Description("FIA, or PROVINCIAL_POLICE (trafficking inside Pakistan under the PTPA)") Agency agency,
            @Description("The offices' province; null for FIA circles recorded without one") Province province,
            @NonNull int investigated, @NonNull int prosecuted,
            @NonNull @Description("Convicted by the trial court that year, the conviction standing") int convicted,
            @NonNull @Description("Convicted that year by an appellate court reversing an acquittal, the conviction standing") int convictedOnAppeal) {
    }

    @Name("StatuteFigures")
    @Description("One statute's year, counted in alleged traffickers (accused)")
    public record StatuteFiguresType(
            @NonNull @Description("The statute's code, e.g. PACHTO-3") String statuteCode,
            @Description("The statute's title (the version the catalogue cites on the year's last day); null if the catalogue does not know the code") String title,
            @NonNull @Description("Accused of cases registered under the statute who became investigated that year (added to the investigation, or at its start if added before)") int investigated,
            @NonNull @Description("Accused charged under the statute in a charge sheet filed that year") int prosecuted,
            @NonNull @Description("Accused convicted under the statute by the trial court on a verdict given that year, whose conviction stands: one set aside on appeal (acquitted, or a retrial ordered) no longer counts, and a published year shows that as a change") int convicted,
            @NonNull @Description("Accused convicted under the statute that year by an appellate court reversing an acquittal, whose conviction stands; reported apart, as the TIP report does") int convictedOnAppeal,
            @NonNull @Description("Accused whose conviction under the statute an appellate decision of that year set aside (acquitted on appeal, or a retrial ordered)") int convictionsSetAside) {
    }

    @Name("HeadlineFigures")
    @Description("Alleged traffickers under the provisions that count as trafficking in one year, in the unit `counts` names")
    public record HeadlineFiguresType(
            @NonNull @Description("PERSONS: each accused once, whatever their statutes; PERSON_STATUTE_PAIRS: each accused once per statute (the statutes' rows added up); DISTINCT_PERSONS: each person once across cases") CountingUnit counts,
            @NonNull @Description("The row's label, saying what it counts") String label,
            @NonNull int investigated, @NonNull int prosecuted,
            @NonNull @Description("Convicted by the trial court that year, the conviction standing") int convicted,
            @NonNull @Description("Convicted that year by an appellate court reversing an acquittal, the conviction standing") int convictedOnAppeal,
            @NonNull @Description("Convictions set aside that year by an appellate decision (acquitted on appeal, or a retrial ordered)") int convictionsSetAside) {
    }

    @Name("PublicationStamp")
    @Description("Which publication of a year's figures this is")
    public record PublicationStamp(
            @NonNull int year,
            @NonNull @Description("1 for the first publication; each later revision carries its reason") int revision,
            @NonNull @Description("The business date it was published on") LocalDate publishedOn,
            @NonNull @Description("The id of the analyst who published it") String publishedBy,
            @Description("Why the figures were revised; null for the first publication") String reason) {
    }

    @Name("FigureChange")
    @Description("A figure of a published year that the data has changed since: the published value stays what the year reads")
    public record FigureChangeType(
            @NonNull @Description("The figure's path in YearlyFigures, e.g. statutes.PACHTO-3.investigated, persons.convicted, victimsByAgeGroup.CHILD") String row,
            @NonNull @Description("The value published") int published,
            @NonNull @Description("The value counted now") int current) {
    }

    @Name("FigureRevisionChange")
    @Description("A figure a revision changed from the revision before it")
    public record FigureRevisionChangeType(
            @NonNull @Description("The figure's path in YearlyFigures, e.g. statutes.PACHTO-3.investigated") String row,
            @NonNull @Description("The value in the revision before") int before,
            @NonNull @Description("The value in this revision") int after) {
    }

    @Name("FiguresRevision")
    @Description("One publication of a year's figures, frozen, with what it changed from the revision before")
    public record FiguresRevisionType(
            @NonNull PublicationStamp publication,
            @NonNull @Description("The figures as this revision published them") YearlyFiguresType figures,
            @NonNull @Description("What this revision changed from the one before (empty for the first)") List<@NonNull FigureRevisionChangeType> changes) {
    }

    @Name("PublishYearlyFiguresInput")
    @Description("Publishes a year's figures as counted now (analysts). A year already published is published again only as a revision, with its reason")
    public record PublishYearlyFiguresInput(
            @NonNull @Description("An ended year, from 2000") int year,
            @Description("Why the figures are revised (at most 2000 characters); required for a published year, refused for a first publication") String reason) {
    }

    @Name("PublishYearlyFiguresPayload")
    public record PublishYearlyFiguresPayload(@NonNull FiguresRevisionType revision) {
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
