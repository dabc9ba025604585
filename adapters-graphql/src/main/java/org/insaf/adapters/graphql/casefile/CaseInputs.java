package org.insaf.adapters.graphql.casefile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
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

import static org.insaf.application.port.in.InputLimits.ADDRESS;
import static org.insaf.application.port.in.InputLimits.CONTACT;
import static org.insaf.application.port.in.InputLimits.COURT;
import static org.insaf.application.port.in.InputLimits.DISTRICT;
import static org.insaf.application.port.in.InputLimits.EARLIEST_DATE_TEXT;
import static org.insaf.application.port.in.InputLimits.FIR_NUMBER;
import static org.insaf.application.port.in.InputLimits.MAX_ITEMS;
import static org.insaf.application.port.in.InputLimits.MAX_SECTIONS;
import static org.insaf.application.port.in.InputLimits.NAME;
import static org.insaf.application.port.in.InputLimits.OFFICE;
import static org.insaf.application.port.in.InputLimits.OTHER_SECTION;
import static org.insaf.application.port.in.InputLimits.PROCEEDINGS;
import static org.insaf.application.port.in.InputLimits.REASON;
import static org.insaf.application.port.in.InputLimits.USER_ID;

/**
 * (Optional lists are declared {@code List<X>}: SmallRye reads {@code List<@NonNull X>} on a record
 * component as a required list. A null element is refused as BAD_INPUT when mapped.)
 *
 * The GraphQL input types of the case mutations: one input object each. {@code expectedVersion},
 * when given, is the version the caller last saw; the change is refused with CONFLICT if the case
 * has changed since. Every text is at most the stated number of characters, without NUL or half
 * a surrogate pair; every Date is YYYY-MM-DD from 1900-01-01 (the limits of {@code InputLimits},
 * enforced by the commands and the scalars).
 */
public final class CaseInputs {

    private CaseInputs() {
    }

    static final String EXPECTED = "The version of the case you last saw (a 32-bit Int); leave it out to skip the check";
    private static final String FROM_1900 = "From " + EARLIEST_DATE_TEXT;
    static final String STORY_DATE = "Not after today, nor before the latest date of the case; from " + EARLIEST_DATE_TEXT;
    private static final String AT_MOST = "At most ";
    private static final String CHARS = " characters";

    @Name("RegisterCaseInput")
    public record RegisterCaseInput(@NonNull @Description(AT_MOST + FIR_NUMBER + CHARS) String firNumber,
                                    @NonNull @Description("The code of your own office (FIA circle or police station); at most " + OFFICE + CHARS) String office,
                                    @NonNull @Description("Not after today; from " + EARLIEST_DATE_TEXT) LocalDate registeredOn,
                                    @NonNull @Description("Codes of the statute catalogue, e.g. PACHTO-3 (an unknown code is BAD_INPUT); at most " + MAX_SECTIONS) List<String> sections,
                                    @Description("Sections of other laws the catalogue does not hold, as written (e.g. \"Emigration Ordinance 1979 s.18\"); kept for the record, never charged, advised on or counted; at most " + MAX_SECTIONS + ", each at most " + OTHER_SECTION + CHARS) List<String> otherSections,
                                    @Description("Your office's agency, as your token says it; FIA when left out") Agency agency,
                                    @Description("Required for a police station; may be given for an FIA circle") Province province,
                                    @Description("The district of a police station (required for one, refused for an FIA circle); at most " + DISTRICT + CHARS) String district) {
    }

    @Name("TransferCaseInput")
    @Description("The office the case is transferred to, of the FIA or the provincial police, with the order's date and reason")
    public record TransferCaseInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                    @NonNull Agency agency,
                                    @NonNull @Description("The office's code; at most " + OFFICE + CHARS) String office,
                                    @Description("Required for a police station; may be given for an FIA circle") Province province,
                                    @Description("The district of a police station (required for one, refused for an FIA circle); at most " + DISTRICT + CHARS) String district,
                                    @NonNull @Description(AT_MOST + REASON + CHARS) String reason,
                                    @NonNull @Description(STORY_DATE) LocalDate transferredOn) {
    }

    @Name("StartInvestigationInput")
    public record StartInvestigationInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                          @NonNull @Description(STORY_DATE) LocalDate startedOn) {
    }

    @Name("VictimIdentityInput")
    public record VictimIdentityInput(@NonNull @Description(AT_MOST + NAME + CHARS) String name,
                                      @Description("12345-1234567-1") String cnic,
                                      @Description(AT_MOST + CONTACT + CHARS) String contact,
                                      @Description(AT_MOST + ADDRESS + CHARS) String address) {
    }

    @Name("AddVictimInput")
    @Description("Give a date of birth, or an estimated age with the day of the estimate, or neither")
    public record AddVictimInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                 @NonNull VictimIdentityInput identity,
                                 Gender gender,
                                 @Description("Not after today, nor after the offence date of the recorded facts; from " + EARLIEST_DATE_TEXT) LocalDate dateOfBirth,
                                 @Description("0 to 130 years") Integer estimatedAge,
                                 @Description("The day of the estimate; not after today; from " + EARLIEST_DATE_TEXT) LocalDate estimatedOn,
                                 @Description("ISO 3166-1 alpha-2 code, e.g. PK") String nationality,
                                 List<VulnerabilityFactor> vulnerabilities,
                                 List<Purpose> exploitation,
                                 List<ProtectionMeasure> protection,
                                 @Description(CaseTypes.RECRUITER_RELATION + "; UNKNOWN when left out") RecruiterRelation recruiterRelation) {
    }

    @Name("AddAccusedInput")
    public record AddAccusedInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                  @Description("The id of a person already known to the case (e.g. a victim); a new id when left out") @Id String personId,
                                  @Description("PERSON when left out") TraffickerKind kind,
                                  @NonNull @Description(AT_MOST + NAME + CHARS) String name,
                                  String cnic,
                                  List<TraffickerRole> roles,
                                  String nationality,
                                  @Description("Ids of accused this one is linked to; at most " + MAX_ITEMS) @Id List<String> links,
                                  @Description("Required to accuse a victim of the case; at most " + REASON + CHARS) String nonPunishmentJustification,
                                  @Description("The day the accused was added to the investigation, not before the case's latest date nor after today; the yearly figures count them as investigated in its year (or in the year the investigation started, if later). When left out, the case's latest recorded date; from " + EARLIEST_DATE_TEXT) LocalDate addedOn) {
    }

    @Name("FactsInput")
    public record FactsInput(@NonNull List<@NonNull Act> acts,
                             List<Means> means,
                             List<Purpose> purposes,
                             @NonNull @Description("Countries from the start to the end, ISO 3166-1 alpha-2, e.g. [\"AF\", \"PK\"]; at most " + MAX_ITEMS) List<String> route,
                             @NonNull @Description("Not after today; every victim with a known age was born by then; from " + EARLIEST_DATE_TEXT) LocalDate offenceDate,
                             @Description("Alleged circumstances (habitual dealing, financial benefit)") List<StatutoryCondition> circumstances) {
    }

    @Name("RecordFactsInput")
    public record RecordFactsInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                   @NonNull FactsInput facts) {
    }

    @Name("CloseInvestigationInput")
    public record CloseInvestigationInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                          @NonNull @Description(AT_MOST + REASON + CHARS) String reason,
                                          @NonNull @Description(STORY_DATE) LocalDate closedOn) {
    }

    @Name("AssignCaseInput")
    @Description("Parts left out stay as they are")
    public record AssignCaseInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                  @Description("A user id; at most " + USER_ID + CHARS) String investigator,
                                  @Description("A user id; at most " + USER_ID + CHARS) String prosecutor,
                                  @Description(AT_MOST + COURT + CHARS) String court,
                                  @Description("A user id; at most " + USER_ID + CHARS) String judge) {
    }

    @Name("ChargeInput")
    public record ChargeInput(@NonNull @Id String accusedId,
                              @NonNull @Description("Statute code; the version in force on the offence date is cited") String statute,
                              @NonNull @Description("At most " + MAX_ITEMS) @Id List<@NonNull String> victimIds,
                              @Description("The facts alleged; the case's recorded facts when left out") FactsInput facts) {
    }

    @Name("FileChargeSheetInput")
    public record FileChargeSheetInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                       @NonNull @Description("At most " + MAX_ITEMS) List<@NonNull ChargeInput> charges,
                                       @NonNull @Description(STORY_DATE) LocalDate filedOn) {
    }

    @Name("OpenTrialInput")
    public record OpenTrialInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                 @NonNull @Description(STORY_DATE) LocalDate openedOn) {
    }

    @Name("RecordHearingInput")
    public record RecordHearingInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                     @NonNull @Description(STORY_DATE + "; e.g. not before the charge sheet") LocalDate date,
                                     @NonNull @Description(AT_MOST + COURT + CHARS) String court,
                                     @NonNull @Description(AT_MOST + PROCEEDINGS + CHARS) String proceedings,
                                     @Description("The next hearing fixed; may be in the future; from " + EARLIEST_DATE_TEXT) LocalDate nextDate) {
    }

    @Name("RecordVerdictInput")
    @Description("CONVICTED and ACQUITTED after trial (or CONVICTED onGuiltyPlea, s.265-E CrPC) only while the case is ON_TRIAL; "
            + "WITHDRAWN (s.494), COMPOUNDED (s.345, with compoundedBy) and ABATED (s.431, with accusedDiedOn: every pending "
            + "charge of that accused abates) also before the trial, after the charge sheet")
    public record RecordVerdictInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                     @NonNull @Id String chargeId, @NonNull VerdictOutcome outcome,
                                     @NonNull @Description(STORY_DATE + "; e.g. not before the charge sheet") LocalDate givenOn,
                                     @Description("The accused pleaded guilty to the charge framed (s.265-E CrPC); only with CONVICTED") Boolean onGuiltyPlea,
                                     @Description("Id of the victim of the charge who compounded it; required with COMPOUNDED, else left out") String compoundedBy,
                                     @Description("The day the accused died, not after givenOn; required with ABATED, else left out") LocalDate accusedDiedOn) {
    }

    @Name("MakeSentencingOrderInput")
    @Description("The judge's order over one convicted accused's sentences, once every charge of theirs has its verdict and "
            + "every conviction its sentence; it speaks of each conviction once")
    public record MakeSentencingOrderInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                           @NonNull @Description("Id of the accused") @Id String accusedId,
                                           @NonNull @Description(STORY_DATE) LocalDate pronouncedOn,
                                           @NonNull @Description("One per conviction of the accused") List<ChargeDirectionInput> directions,
                                           @Description("Days the accused spent in custody for these offences before the sentence (s.382-B CrPC); 0 when left out") Integer custodyCreditDays,
                                           @Description("Compensation to victims of the convictions (s.544-A CrPC, PTPA 2018)") List<CompensationInput> compensation) {
    }

    @Name("ChargeDirectionInput")
    @Description("A term of imprisonment gives its run and description; terms of one run run concurrently, the runs one after "
            + "another (s.35 CrPC). Imprisonment in default of the fine, where one was imposed, is at most a quarter of the "
            + "offence's maximum term (PPC s.65)")
    public record ChargeDirectionInput(@NonNull @Id String chargeId, @Description("From 1; only for a term of imprisonment") Integer run,
                                       @Description("Only for a term of imprisonment") ImprisonmentDescription description,
                                       Integer inDefaultYears, Integer inDefaultMonths, Integer inDefaultDays) {
    }

    @Name("CompensationInput")
    public record CompensationInput(@NonNull @Description("Id of a victim of the convictions") @Id String victimId,
                                    @NonNull @Description("In rupees, more than 0") Long amountPkr,
                                    @NonNull CompensationLaw under) {
    }

    @Name("RecordSentenceInput")
    @Description("A term of imprisonment gives termYears/termMonths/termDays; other kinds give none")
    public record RecordSentenceInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                      @NonNull @Id String chargeId, @NonNull @Description(STORY_DATE) LocalDate pronouncedOn,
                                      @NonNull SentenceKind kind, Integer termYears, Integer termMonths,
                                      Integer termDays, @Description("The fine in rupees") Long finePkr) {
    }

    @Name("CloseCaseInput")
    public record CloseCaseInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                 @NonNull @Description(STORY_DATE) LocalDate closedOn) {
    }

    @Name("CaseFilterInput")
    @Description("Every part given must hold")
    public record CaseFilterInput(CaseStatus status,
                                  @Description("Registered or charged under this statute code") String statute,
                                  @Description("Cases held now by the office of this code (an FIA circle or a police station); at most " + OFFICE + CHARS) String office,
                                  @Description("Only cases on which you are lead investigator, prosecutor or judge") Boolean assignedToMe,
                                  @Description(FROM_1900) LocalDate registeredFrom,
                                  @Description(FROM_1900) LocalDate registeredTo) {
    }
}
