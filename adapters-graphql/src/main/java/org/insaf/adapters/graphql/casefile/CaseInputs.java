package org.insaf.adapters.graphql.casefile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.StatutoryCondition;

import java.time.LocalDate;
import java.util.List;

/**
 * (Optional lists are declared {@code List<X>}: SmallRye reads {@code List<@NonNull X>} on a record
 * component as a required list. A null element is refused as BAD_INPUT when mapped.)
 *
 * The GraphQL input types of the case mutations: one input object each. {@code expectedVersion},
 * when given, is the version the caller last saw; the change is refused with CONFLICT if the case
 * has changed since.
 */
public final class CaseInputs {

    private CaseInputs() {
    }

    private static final String EXPECTED = "The version of the case you last saw; leave it out to skip the check";

    @Name("RegisterCaseInput")
    public record RegisterCaseInput(@NonNull String firNumber,
                                    @NonNull @Description("Your own FIA office (circle)") String office,
                                    @NonNull LocalDate registeredOn,
                                    @NonNull @Description("Statute codes, e.g. PACHTO-3") List<String> sections) {
    }

    @Name("StartInvestigationInput")
    public record StartInvestigationInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                          @NonNull LocalDate startedOn) {
    }

    @Name("VictimIdentityInput")
    public record VictimIdentityInput(@NonNull String name, @Description("12345-1234567-1") String cnic, String contact,
                                      String address) {
    }

    @Name("AddVictimInput")
    @Description("Give a date of birth, or an estimated age with the day of the estimate, or neither")
    public record AddVictimInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                 @NonNull VictimIdentityInput identity,
                                 Gender gender,
                                 LocalDate dateOfBirth,
                                 Integer estimatedAge,
                                 LocalDate estimatedOn,
                                 @Description("ISO 3166-1 alpha-2 code, e.g. PK") String nationality,
                                 List<VulnerabilityFactor> vulnerabilities,
                                 List<Purpose> exploitation,
                                 List<ProtectionMeasure> protection,
                                 @Description(CaseTypes.RECRUITER_RELATION + "; UNKNOWN when left out") RecruiterRelation recruiterRelation) {
    }

    @Name("AddAccusedInput")
    public record AddAccusedInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                  @Description("The id of a person already known to the case (e.g. a victim); a new id when left out") String personId,
                                  @Description("PERSON when left out") TraffickerKind kind,
                                  @NonNull String name,
                                  String cnic,
                                  List<TraffickerRole> roles,
                                  String nationality,
                                  @Description("Ids of accused this one is linked to") List<String> links,
                                  @Description("Required to accuse a victim of the case") String nonPunishmentJustification,
                                  @Description("The day the accused was added to the investigation, not before the case's latest date nor after today; the yearly figures count them as investigated in its year (or in the year the investigation started, if later). When left out, the case's latest recorded date") LocalDate addedOn) {
    }

    @Name("FactsInput")
    public record FactsInput(@NonNull List<@NonNull Act> acts,
                             List<Means> means,
                             List<Purpose> purposes,
                             @NonNull @Description("Countries from the start to the end, ISO 3166-1 alpha-2, e.g. [\"AF\", \"PK\"]") List<String> route,
                             @NonNull LocalDate offenceDate,
                             @Description("Alleged circumstances (habitual dealing, financial benefit)") List<StatutoryCondition> circumstances) {
    }

    @Name("RecordFactsInput")
    public record RecordFactsInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                   @NonNull FactsInput facts) {
    }

    @Name("CloseInvestigationInput")
    public record CloseInvestigationInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                          @NonNull String reason, @NonNull LocalDate closedOn) {
    }

    @Name("AssignCaseInput")
    @Description("Parts left out stay as they are")
    public record AssignCaseInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                  String investigator, String prosecutor, String court, String judge) {
    }

    @Name("ChargeInput")
    public record ChargeInput(@NonNull String accusedId,
                              @NonNull @Description("Statute code; the version in force on the offence date is cited") String statute,
                              @NonNull List<@NonNull String> victimIds,
                              @Description("The facts alleged; the case's recorded facts when left out") FactsInput facts) {
    }

    @Name("FileChargeSheetInput")
    public record FileChargeSheetInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                       @NonNull List<@NonNull ChargeInput> charges, @NonNull LocalDate filedOn) {
    }

    @Name("OpenTrialInput")
    public record OpenTrialInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                 @NonNull LocalDate openedOn) {
    }

    @Name("RecordHearingInput")
    public record RecordHearingInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                     @NonNull LocalDate date, @NonNull String court, @NonNull String proceedings,
                                     LocalDate nextDate) {
    }

    @Name("RecordVerdictInput")
    public record RecordVerdictInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                     @NonNull String chargeId, @NonNull VerdictOutcome outcome,
                                     @NonNull LocalDate givenOn) {
    }

    @Name("RecordSentenceInput")
    @Description("A term of imprisonment gives termYears/termMonths/termDays; other kinds give none")
    public record RecordSentenceInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                      @NonNull String chargeId, @NonNull LocalDate pronouncedOn,
                                      @NonNull SentenceKind kind, Integer termYears, Integer termMonths,
                                      Integer termDays, @Description("The fine in rupees") Long finePkr) {
    }

    @Name("CloseCaseInput")
    public record CloseCaseInput(@NonNull String caseId, @Description(EXPECTED) Integer expectedVersion,
                                 @NonNull LocalDate closedOn) {
    }

    @Name("CaseFilterInput")
    @Description("Every part given must hold")
    public record CaseFilterInput(CaseStatus status,
                                  @Description("Registered or charged under this statute code") String statute,
                                  @Description("Cases of this FIA office") String office,
                                  @Description("Only cases on which you are lead investigator, prosecutor or judge") Boolean assignedToMe,
                                  LocalDate registeredFrom,
                                  LocalDate registeredTo) {
    }
}
