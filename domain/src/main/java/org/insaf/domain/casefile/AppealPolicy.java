package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Appeals and revisions against the judgment as it concerns one accused. The convict appeals against
 * conviction or sentence (s.410 CrPC); the State, through the Provincial Government, against an
 * acquittal or for enhancement of the sentence (s.417; s.439(1) with s.423(1)(b)); to the High Court,
 * then to the Supreme Court only after the High Court decided (Article 185 of the Constitution);
 * revision (ss.435-439) lies to the High Court. Each judgment in force is read from the accused's
 * charges as the latest final decision left them ({@code effective}).
 */
public final class AppealPolicy {

    private static final Map<Appeal.AppealAgainst, Set<Appeal.AppealOutcome>> OUTCOMES = Map.of(
            Appeal.AppealAgainst.CONVICTION, EnumSet.of(Appeal.AppealOutcome.APPEAL_DISMISSED, Appeal.AppealOutcome.SENTENCE_REDUCED,
                    Appeal.AppealOutcome.ACQUITTED_ON_APPEAL, Appeal.AppealOutcome.RETRIAL_ORDERED),
            Appeal.AppealAgainst.SENTENCE, EnumSet.of(Appeal.AppealOutcome.APPEAL_DISMISSED, Appeal.AppealOutcome.SENTENCE_REDUCED),
            Appeal.AppealAgainst.ACQUITTAL, EnumSet.of(Appeal.AppealOutcome.APPEAL_DISMISSED, Appeal.AppealOutcome.CONVICTED_ON_APPEAL,
                    Appeal.AppealOutcome.RETRIAL_ORDERED),
            Appeal.AppealAgainst.INADEQUATE_SENTENCE, EnumSet.of(Appeal.AppealOutcome.APPEAL_DISMISSED,
                    Appeal.AppealOutcome.SENTENCE_ENHANCED));

    /** Heavier sentences compare greater: the custodial kind, then the term, then the fine. */
    static final Comparator<Sentence> SEVERITY = Comparator.<Sentence>comparingInt(s -> rank(s.kind()))
            .thenComparing(s -> s.termOfImprisonment().map(t -> s.pronouncedOn().plus(t).toEpochDay()
                    - s.pronouncedOn().toEpochDay()).orElse(0L))
            .thenComparing(s -> s.fineAmount().map(f -> f.amount()).orElse(0L));

    /**
     * @param effective    the accused's charges as the judgment in force leaves them
     * @param judgmentOn   the day of that judgment (empty when the accused is not tried)
     * @param appeals      the accused's appeals so far, in order
     */
    public PolicyDecision mayFile(CaseStatus status, String accused, Appeal appeal, List<Offence> effective,
                                  Optional<LocalDate> judgmentOn, List<Appeal> appeals) {
        if (status != CaseStatus.ON_TRIAL && status != CaseStatus.DECIDED) {
            return PolicyDecision.refuse(Rule.LIFECYCLE, "an appeal is filed once the trial court has judged the accused"
                    + ", while the case is ON_TRIAL or DECIDED; it is " + status);
        }
        if (effective.isEmpty() || !effective.stream().allMatch(Offence::isDecided) || judgmentOn.isEmpty()) {
            return PolicyDecision.refuse(Rule.APPEAL_AFTER_JUDGMENT, "an appeal lies against a judgment: " + accused
                    + " has not been judged on every charge (ss.410, 417 CrPC)");
        }
        if (appeal.filedOn().isBefore(judgmentOn.get())) {
            return PolicyDecision.refuse(Rule.APPEAL_AFTER_JUDGMENT, "the appeal of " + appeal.filedOn()
                    + " is before the judgment it appeals against, of " + judgmentOn.get());
        }
        return forum(appeal, appeals).and(() -> pending(accused, appeal, appeals))
                .and(() -> right(accused, appeal, effective));
    }

    private static PolicyDecision forum(Appeal appeal, List<Appeal> appeals) {
        Optional<Appeal> finalHere = appeals.stream().filter(a -> a.forum() == appeal.forum() && a.finalOn().isPresent())
                .findFirst();
        if (finalHere.isPresent()) {
            return PolicyDecision.refuse(Rule.APPELLATE_FORUM, "the " + forumName(appeal.forum()) + " decided an appeal of"
                    + " this accused on " + finalHere.get().finalOn().get() + (appeal.forum() == Appeal.AppellateForum.HIGH_COURT
                    ? ": a further appeal lies to the Supreme Court (Article 185 of the Constitution)"
                    : ": its decision is final"));
        }
        if (appeal.forum() == Appeal.AppellateForum.HIGH_COURT) {
            return PolicyDecision.allow();
        }
        if (appeal.kind() == Appeal.AppealKind.REVISION) {
            return PolicyDecision.refuse(Rule.APPELLATE_FORUM, "criminal revision lies to the High Court (ss.435-439 CrPC),"
                    + " not to the Supreme Court");
        }
        boolean highCourtDecided = appeals.stream().anyMatch(a -> a.forum() == Appeal.AppellateForum.HIGH_COURT
                && a.finalOn().isPresent());
        if (!highCourtDecided) {
            return PolicyDecision.refuse(Rule.APPELLATE_FORUM, "the Supreme Court hears an appeal against the High Court's"
                    + " decision (Article 185 of the Constitution): the High Court has not decided an appeal of this accused");
        }
        return PolicyDecision.allow();
    }

    /**
     * One pending appeal per accused, court and appellant: the convict's and the State's (a cross
     * appeal, e.g. for enhancement against the convict's appeal) may be pending together, as they are
     * heard together; the Supreme Court is petitioned once the High Court has disposed of every appeal.
     */
    private static PolicyDecision pending(String accused, Appeal appeal, List<Appeal> appeals) {
        Optional<Appeal> same = appeals.stream().filter(a -> a.forum() == appeal.forum() && a.appellant() == appeal.appellant()
                && a.isPending()).findFirst();
        if (same.isPresent()) {
            return PolicyDecision.refuse(Rule.ONE_PENDING_APPEAL, (appeal.appellant() == Appeal.Appellant.STATE
                    ? "the State's appeal" : "an appeal of " + accused) + " filed on " + same.get().filedOn()
                    + " is pending before the " + forumName(same.get().forum()) + "; the court decides it first");
        }
        if (appeal.forum() == Appeal.AppellateForum.SUPREME_COURT) {
            return appeals.stream().filter(a -> a.forum() == Appeal.AppellateForum.HIGH_COURT && a.isPending()).findFirst()
                    .<PolicyDecision>map(a -> PolicyDecision.refuse(Rule.ONE_PENDING_APPEAL, "an appeal of " + accused
                            + " filed on " + a.filedOn() + " is still pending before the High Court: the Supreme Court"
                            + " hears an appeal against the High Court's decision once it has disposed of every appeal"))
                    .orElse(PolicyDecision.allow());
        }
        return PolicyDecision.allow();
    }

    private static PolicyDecision right(String accused, Appeal appeal, List<Offence> effective) {
        boolean convicted = effective.stream().anyMatch(Offence::isConvicted);
        boolean acquitted = effective.stream().anyMatch(AppealPolicy::isAcquittedAfterTrial);
        return switch (appeal.appellant()) {
            case CONVICT -> {
                if (appeal.against() != Appeal.AppealAgainst.CONVICTION && appeal.against() != Appeal.AppealAgainst.SENTENCE) {
                    yield PolicyDecision.refuse(Rule.APPEAL_RIGHT, "a convict appeals against conviction or sentence"
                            + " (s.410 CrPC), not against " + appeal.against());
                }
                yield convicted ? PolicyDecision.allow() : PolicyDecision.refuse(Rule.APPEAL_RIGHT, accused
                        + " is not convicted: only a person convicted appeals (s.410 CrPC)");
            }
            case STATE -> switch (appeal.against()) {
                case ACQUITTAL -> acquitted ? PolicyDecision.allow() : PolicyDecision.refuse(Rule.APPEAL_RIGHT,
                        accused + " was not acquitted of any charge: the State appeals against an acquittal (s.417 CrPC)");
                case INADEQUATE_SENTENCE -> convicted ? PolicyDecision.allow() : PolicyDecision.refuse(Rule.APPEAL_RIGHT,
                        accused + " is not convicted: there is no sentence to enhance");
                default -> PolicyDecision.refuse(Rule.APPEAL_RIGHT, "the State appeals against an acquittal or for"
                        + " enhancement of the sentence (s.417 CrPC), not against " + appeal.against());
            };
        };
    }

    /** The court admits a filed appeal or dismisses it in limine, once, not before it was filed. */
    public PolicyDecision mayAdmit(Appeal appeal, Appeal.Admission order) {
        if (appeal.admission() != null) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "the appeal was already "
                    + (appeal.admission().admitted() ? "admitted" : "dismissed in limine") + " on " + appeal.admission().on());
        }
        if (order.on().isBefore(appeal.filedOn())) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "the order of " + order.on()
                    + " is before the appeal was filed, on " + appeal.filedOn());
        }
        return PolicyDecision.allow();
    }

    /**
     * The decision on an admitted appeal, once, on or after its admission, of an outcome what was
     * appealed against allows; a reduced sentence lighter and an enhanced one heavier than the one in
     * force on every charge it names, a conviction on appeal only of a charge the accused was acquitted of.
     *
     * @param effective the accused's charges as the judgment in force leaves them
     * @param appeals   the accused's appeals since their last retrial, in the order filed
     */
    public PolicyDecision mayDecide(Appeal appeal, Appeal.Decision decision, List<Offence> effective, List<Appeal> appeals) {
        Optional<Appeal> earlier = appeals.stream().takeWhile(a -> !a.id().equals(appeal.id())).filter(Appeal::isPending)
                .findFirst();
        if (earlier.isPresent()) {
            // Connected appeals are decided in the order filed (on the same day when one judgment disposes of
            // both), so that the judgment in force is each decision applied in turn.
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "the appeal filed on " + earlier.get().filedOn()
                    + " by the " + (earlier.get().appellant() == Appeal.Appellant.STATE ? "State" : "convict")
                    + " is pending: it is decided first, or on the same day before this one");
        }
        if (appeal.admission() == null || !appeal.admission().admitted()) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "only an admitted appeal is decided; this one is "
                    + (appeal.admission() == null ? "not admitted yet" : "dismissed in limine"));
        }
        if (appeal.decision() != null) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "the appeal was already decided ("
                    + appeal.decision().outcome() + " on " + appeal.decision().on() + ")");
        }
        if (decision.on().isBefore(appeal.admission().on())) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "the decision of " + decision.on()
                    + " is before the appeal was admitted, on " + appeal.admission().on());
        }
        if (!OUTCOMES.get(appeal.against()).contains(decision.outcome())) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "an appeal against " + appeal.against()
                    + " is decided as one of " + OUTCOMES.get(appeal.against()).stream().sorted().map(Enum::name).toList()
                    + ", not " + decision.outcome());
        }
        for (Appeal.AppellateSentence passed : decision.sentences()) {
            Optional<Offence> charge = effective.stream().filter(o -> o.id().equals(passed.charge())).findFirst();
            if (charge.isEmpty()) {
                return PolicyDecision.refuse(Rule.PARTIES_OF_THE_CASE, "charge " + passed.charge()
                        + " is not a charge of the accused appealing");
            }
            PolicyDecision fits = sentenceFits(decision.outcome(), charge.get(), passed.sentence());
            if (!fits.isAllowed()) {
                return fits;
            }
        }
        return PolicyDecision.allow();
    }

    private static PolicyDecision sentenceFits(Appeal.AppealOutcome outcome, Offence charge, Sentence passed) {
        String code = charge.statute().code().value();
        if (outcome == Appeal.AppealOutcome.CONVICTED_ON_APPEAL) {
            return isAcquittedAfterTrial(charge) ? PolicyDecision.allow() : PolicyDecision.refuse(Rule.APPEAL_DECISION,
                    "the accused was not acquitted of the charge under " + code + ": a conviction on appeal reverses an acquittal");
        }
        Optional<Sentence> before = charge.sentencePassed();
        if (!charge.isConvicted() || before.isEmpty()) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "the charge under " + code
                    + " carries no sentence to " + (outcome == Appeal.AppealOutcome.SENTENCE_REDUCED ? "reduce" : "enhance"));
        }
        int compared = SEVERITY.compare(passed, before.get());
        if (outcome == Appeal.AppealOutcome.SENTENCE_REDUCED && compared >= 0) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "a reduced sentence is lighter than the one in force on"
                    + " the charge under " + code + " (" + before.get().describe() + "), not " + passed.describe());
        }
        if (outcome == Appeal.AppealOutcome.SENTENCE_ENHANCED && compared <= 0) {
            return PolicyDecision.refuse(Rule.APPEAL_DECISION, "an enhanced sentence is heavier than the one in force on"
                    + " the charge under " + code + " (" + before.get().describe() + "), not " + passed.describe());
        }
        return PolicyDecision.allow();
    }

    /**
     * s.426 CrPC: while the convict's own appeal is pending, once, and not for a convict at large (an
     * absconder is not heard).
     */
    public PolicyDecision maySuspendSentence(String accused, Appeal appeal, CustodyStatus custody) {
        if (appeal.appellant() != Appeal.Appellant.CONVICT) {
            return PolicyDecision.refuse(Rule.SUSPENSION_OF_SENTENCE, "a sentence is suspended pending the convict's"
                    + " own appeal (s.426 CrPC), not the State's");
        }
        if (!appeal.isPending()) {
            return PolicyDecision.refuse(Rule.SUSPENSION_OF_SENTENCE, "the appeal is no longer pending: the sentence is"
                    + " suspended only while it is (s.426 CrPC)");
        }
        if (appeal.sentenceSuspendedOn() != null) {
            return PolicyDecision.refuse(Rule.SUSPENSION_OF_SENTENCE, "the sentence of " + accused
                    + " was already suspended on " + appeal.sentenceSuspendedOn());
        }
        if (custody.isAtLarge()) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, accused + " is " + custody
                    + ": a convict at large is not released on bail pending appeal");
        }
        return PolicyDecision.allow();
    }

    /**
     * The period of limitation, in days from the judgment, where the law fixes one as this project reads it
     * (docs/law.md section 13): a convict's appeal to the High Court 60 days (Limitation Act 1908, First
     * Schedule, art. 155), the State's appeal against an acquittal six months (art. 157), a petition for leave
     * to appeal to the Supreme Court 30 days (Supreme Court Rules 1980, O.XXIII r.2); none for a revision.
     */
    public static Optional<Integer> limitationDays(Appeal appeal) {
        if (appeal.kind() == Appeal.AppealKind.REVISION) {
            return Optional.empty();
        }
        if (appeal.forum() == Appeal.AppellateForum.SUPREME_COURT) {
            return Optional.of(30);
        }
        return Optional.of(appeal.against() == Appeal.AppealAgainst.ACQUITTAL ? 180 : 60);
    }

    static boolean isAcquittedAfterTrial(Offence charge) {
        return charge.verdictGiven().filter(v -> v.outcome() == VerdictOutcome.ACQUITTED).isPresent();
    }

    static String forumName(Appeal.AppellateForum forum) {
        return forum == Appeal.AppellateForum.HIGH_COURT ? "High Court" : "Supreme Court";
    }

    private static int rank(SentenceKind kind) {
        return switch (kind) {
            case FINE_ONLY -> 0;
            case IMPRISONMENT_FOR_A_TERM -> 1;
            case IMPRISONMENT_FOR_LIFE -> 2;
            case DEATH -> 3;
        };
    }
}
