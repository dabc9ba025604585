package org.insaf.adapters.graphql.casefile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.node.Node;
import org.insaf.adapters.graphql.casefile.CaseTypes.SentenceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VerdictType;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.domain.casefile.Appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Appeals and the judgment in force as the API shows them: plain copies of the read view. */
final class AppealTypes {

    private AppealTypes() {
    }

    @Name("Appellate")
    @Description("An accused's appeals and revisions, and the judgment in force: what the latest final decision left of the trial court's verdicts and sentences")
    public record AppellateType(
            @NonNull @Description("Id of the accused") @Id String accusedId,
            @NonNull @Description("Every appeal and revision of the accused, in the order filed (those before a retrial too)") List<@NonNull AppealType> appeals,
            @NonNull @Description("Each charge of the accused as the latest final decision left it, next to the trial verdict of the charge itself") List<@NonNull EffectiveChargeType> effectiveCharges,
            @Description("The effective term in words: the sentences in force added up as the sentencing order directs (after a conviction on appeal, the appellate court's terms one after another from its decision); null where no conviction stands or no order gives the terms") String effectiveTerm,
            Integer effectiveTermYears, Integer effectiveTermMonths, Integer effectiveTermDays,
            @Description("The day the imprisonment in force ends, less the custody credited") LocalDate effectiveReleaseDate) {
    }

    @Name("EffectiveCharge")
    public record EffectiveChargeType(@NonNull @Id String chargeId,
                                      @Description("The verdict in force: the trial court's, or the appellate court's that replaced it") VerdictType verdict,
                                      @Description("The sentence in force") SentenceType sentence) {
    }

    @Name("Appeal")
    @Description("An appeal (ss.410, 417 CrPC; Article 185) or revision (ss.435-439 CrPC) against the judgment as it concerns one accused")
    public record AppealType(
            @NonNull @Id String id,
            @NonNull Appeal.AppealKind kind,
            @NonNull Appeal.Appellant appellant,
            @NonNull Appeal.AppealAgainst against,
            @NonNull Appeal.AppellateForum forum,
            @NonNull LocalDate filedOn,
            @NonNull @Description("The day of the judgment appealed against") LocalDate judgmentOn,
            @NonNull String grounds,
            @Description("The last day to file it where the law fixes a period (docs/law.md); null for a revision") LocalDate limitationEndsOn,
            @NonNull @Description("Filed after the period of limitation: recorded, for the court to condone or not") boolean filedOutOfTime,
            @Description("Null until the court admits the appeal (true) or dismisses it in limine (false, s.421 CrPC)") Boolean admitted,
            LocalDate admissionOrderedOn,
            String dismissalReason,
            @Description("Null until decided") Appeal.AppealOutcome outcome,
            LocalDate decidedOn,
            @NonNull @Description("The sentences the decision passed, one per charge it changed") List<@NonNull AppellateSentenceType> sentences,
            @Description("The day the appellate court suspended the sentence and released the convict on bail (s.426 CrPC)") LocalDate sentenceSuspendedOn) implements Node {
    }

    @Name("AppellateSentence")
    public record AppellateSentenceType(@NonNull @Id String chargeId, @NonNull SentenceType sentence) {
    }

    static AppellateType appellate(CaseDetail.Appellate a, Function<CaseDetail.Verdict, VerdictType> verdict,
                                   Function<CaseDetail.Sentence, SentenceType> sentence) {
        return new AppellateType(a.accusedId(), a.appeals().stream().map(e -> appeal(e, sentence)).toList(),
                a.charges().stream().map(c -> new EffectiveChargeType(c.chargeId(),
                        c.verdict() == null ? null : verdict.apply(c.verdict()),
                        c.sentence() == null ? null : sentence.apply(c.sentence()))).toList(),
                a.totalTerm(), a.totalTermYears(), a.totalTermMonths(), a.totalTermDays(), a.releaseDate());
    }

    private static AppealType appeal(CaseDetail.AppealEntry e, Function<CaseDetail.Sentence, SentenceType> sentence) {
        return new AppealType(e.id(), e.kind(), e.appellant(), e.against(), e.forum(), e.filedOn(), e.judgmentOn(),
                e.grounds(), e.limitationEndsOn(), e.filedOutOfTime(), e.admitted(), e.admissionOrderedOn(),
                e.dismissalReason(), e.outcome(), e.decidedOn(),
                e.sentences().stream().map(s -> new AppellateSentenceType(s.chargeId(), sentence.apply(s.sentence()))).toList(),
                e.sentenceSuspendedOn());
    }
}
