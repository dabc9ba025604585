package org.insaf.adapters.graphql.casefile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.statute.SentenceKind;

import java.time.LocalDate;
import java.util.List;

import static org.insaf.adapters.graphql.casefile.CaseInputs.EXPECTED;
import static org.insaf.adapters.graphql.casefile.CaseInputs.STORY_DATE;
import static org.insaf.application.port.in.InputLimits.MAX_ITEMS;
import static org.insaf.application.port.in.InputLimits.REASON;

/** The inputs of the appeal mutations. */
final class AppealInputs {

    private static final String CHARS = " characters";

    private AppealInputs() {
    }

    @Name("FileAppealInput")
    @Description("The convict appeals against CONVICTION or SENTENCE (s.410 CrPC); the STATE against ACQUITTAL or INADEQUATE_SENTENCE (s.417); to the HIGH_COURT once the trial court has judged every charge of the accused, to the SUPREME_COURT once the High Court has decided (Article 185); a REVISION lies to the High Court")
    public record FileAppealInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                  @NonNull @Id String accusedId, @NonNull Appeal.AppealKind kind, @NonNull Appeal.Appellant appellant,
                                  @NonNull Appeal.AppealAgainst against, @NonNull Appeal.AppellateForum forum,
                                  @NonNull @Description(STORY_DATE) LocalDate filedOn,
                                  @NonNull @Description("At most " + REASON + CHARS) String grounds) {
    }

    @Name("OrderAppealAdmissionInput")
    @Description("Admits the appeal to be heard, or dismisses it in limine (s.421 CrPC) with the reason")
    public record OrderAppealAdmissionInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                            @NonNull @Id String appealId, @NonNull boolean admitted,
                                            @NonNull @Description(STORY_DATE) LocalDate orderedOn,
                                            @Description("Required for a dismissal in limine; at most " + REASON + CHARS) String reason) {
    }

    @Name("DecideAppealInput")
    @Description("SENTENCE_REDUCED, SENTENCE_ENHANCED and CONVICTED_ON_APPEAL name the sentence passed on each charge they change, pronounced on decidedOn and within the statute's range; the other outcomes none")
    public record DecideAppealInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                    @NonNull @Id String appealId, @NonNull Appeal.AppealOutcome outcome,
                                    @NonNull @Description(STORY_DATE) LocalDate decidedOn,
                                    @Description("At most " + MAX_ITEMS + "; empty for an outcome that passes no sentence") List<@NonNull AppellateSentenceInput> sentences) {
    }

    @Name("AppellateSentenceInput")
    @Description("A term of imprisonment gives termYears/termMonths/termDays; other kinds give none")
    public record AppellateSentenceInput(@NonNull @Id String chargeId, @NonNull SentenceKind kind, Integer termYears,
                                         Integer termMonths, Integer termDays,
                                         @Description("The fine in rupees") Long finePkr) {
    }

    @Name("SuspendSentenceInput")
    public record SuspendSentenceInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                       @NonNull @Id String appealId, @NonNull @Description(STORY_DATE) LocalDate suspendedOn) {
    }
}
