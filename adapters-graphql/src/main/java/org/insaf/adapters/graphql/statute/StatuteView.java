package org.insaf.adapters.graphql.statute;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Name("Statute")
@Description("One version of an offence-creating provision, in force from a day until its repeal or amendment")
public record StatuteView(
        @NonNull @Description("Stable code across versions, e.g. PPC-369A") String code,
        @NonNull int version,
        @NonNull @Description("The enactment, e.g. Pakistan Penal Code") String act,
        @NonNull String section,
        @NonNull String title,
        @NonNull String category,
        @NonNull @Description("Whether a charge under it counts in the trafficking figures (fraud, document, marriage, smuggling and emigration offences do not)") boolean countsAsTrafficking,
        @NonNull @Description("TRANSNATIONAL_ONLY needs movement into or out of Pakistan") String territorialScope,
        @NonNull StatuteElementsView elements,
        @NonNull PenaltyView penalty,
        @NonNull @Description("First day in force") LocalDate inForceFrom,
        @Description("First day no longer in force; null while it is the law") LocalDate inForceUntil,
        @Description("Last day in force (the day before inForceUntil); null while it is the law") LocalDate inForceLastDay,
        @NonNull @Description("Cognizable, bailable, compoundable, which court tries it and who investigates") ProcedureView procedure,
        @NonNull @Description("Where the text was checked, and how sure we are") String source) {

    @Name("StatuteElements")
    @Description("What the facts must show: one of the acts, one of the means and one of the purposes (an empty list: not required), and every condition")
    public record StatuteElementsView(@NonNull List<@NonNull String> acts,
                                      @NonNull List<@NonNull String> means,
                                      @NonNull List<@NonNull String> purposes,
                                      @NonNull List<@NonNull String> conditions,
                                      @NonNull @Description("True where act and purpose suffice when every victim concerned is a child (Palermo art. 3(c), PTPA 2018)") boolean meansNotNeededForChild) {
    }

    @Name("Procedure")
    @Description("How the Code of Criminal Procedure treats the offence")
    public record ProcedureView(@NonNull @Description("The police may arrest without a warrant") boolean cognizable,
                                @NonNull @Description("Bail is a right; otherwise the court's discretion") boolean bailable,
                                @NonNull @Description("The parties may compound it (s.345 CrPC)") boolean compoundable,
                                @NonNull @Description("COURT_OF_SESSION, MAGISTRATE_FIRST_CLASS or SPECIAL_COURT") String triedBy,
                                @NonNull @Description("FIA, PROVINCIAL_POLICE or POLICE_INSIDE_FIA_ACROSS_BORDERS") String investigatedBy,
                                @NonNull @Description("The procedure in words") String description) {
    }

    @Name("Penalty")
    @Description("The punishment the provision allows")
    public record PenaltyView(@NonNull @Description("How imprisonment and fine combine") String form,
                              @NonNull @Description("NONE, OPTIONAL or MANDATORY") String fine,
                              @NonNull int minimumImprisonmentMonths,
                              @NonNull int maximumImprisonmentMonths,
                              @NonNull boolean lifeImprisonment,
                              @NonNull boolean death,
                              Long minimumFinePkr,
                              Long maximumFinePkr,
                              @NonNull @Description("Purposes for which a fine alone is not a lawful sentence although the form allows one") List<@NonNull String> fineAloneBarredFor,
                              @NonNull @Description("The clause in words") String description) {
    }
}
