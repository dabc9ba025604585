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
        @NonNull @Description("TRANSNATIONAL_ONLY needs movement into or out of Pakistan") String territorialScope,
        @NonNull StatuteElementsView elements,
        @NonNull PenaltyView penalty,
        @NonNull @Description("First day in force") LocalDate inForceFrom,
        @Description("First day no longer in force; null while it is the law") LocalDate inForceUntil,
        @NonNull @Description("Where the text was checked, and how sure we are") String source) {

    @Name("StatuteElements")
    @Description("What the facts must show: one of the acts, one of the means and one of the purposes (an empty list: not required), and every condition")
    public record StatuteElementsView(@NonNull List<@NonNull String> acts,
                                      @NonNull List<@NonNull String> means,
                                      @NonNull List<@NonNull String> purposes,
                                      @NonNull List<@NonNull String> conditions) {
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
                              @NonNull @Description("The clause in words") String description) {
    }
}
