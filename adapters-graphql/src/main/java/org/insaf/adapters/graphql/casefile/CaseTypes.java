package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.node.Node;
import org.insaf.domain.casefile.CustodyStatus;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.statute.StatuteView;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.offence.ElementKind;
import org.insaf.domain.offence.VerdictEffect;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.StatutoryCondition;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL output types of a case. Ids are opaque strings. */
public final class CaseTypes {

    private CaseTypes() {
    }

    static final String RECRUITER_RELATION = "How the victim stands to whoever recruited them (CTDC vocabulary)";

    @Name("Case")
    @Description("A trafficking case from its FIR to its closing. Victims appear under pseudonyms; their identity is a separate, audited field")
    public record CaseType(
            @NonNull @Id String id,
            @NonNull @Description("Changes with every change of the case; send it back as expectedVersion to refuse overwriting someone else's change") int version,
            @NonNull String firNumber,
            @NonNull @Description("The code of the office that holds the case now (an FIA circle or a police station); the same as investigatingOffice.code") String office,
            @NonNull @Description("The sections the FIR was registered under") List<@NonNull String> firSections,
            @NonNull @Description("Sections of other laws the FIR cites, as written; never charged, advised on or counted in the figures") List<@NonNull String> otherSections,
            @NonNull CaseStatus status,
            @NonNull LocalDate registeredOn,
            @NonNull @Description("The day the case entered each status it has been in") List<@NonNull StatusDate> statusDates,
            String investigationClosedReason,
            @NonNull List<@NonNull VictimType> victims,
            @NonNull List<@NonNull AccusedType> accused,
            @NonNull List<@NonNull ChargeType> charges,
            @NonNull List<@NonNull HearingType> hearings,
            @NonNull @Description("Possible mischarging found when the charge sheet was filed") List<@NonNull CaseWarningType> warnings,
            @NonNull AssignmentType assignment,
            @Description("The facts the investigation recorded, the basis of charge advice") FactsType recordedFacts,
            @NonNull @Description("The judge's order over each convicted accused's sentences, with the total term and release date") List<@NonNull SentencingOrderType> sentencingOrders,
            @NonNull @Description("The office that investigates the case now, and its agency; only its investigators (and the case's lead) act on it") OfficeType investigatingOffice,
            @NonNull @Description("The office where the FIR was registered; the FIR number is that office's") OfficeType registeredAt,
            @NonNull @Description("The case's transfers between offices, oldest first") List<@NonNull TransferType> transfers,
            @NonNull @Description("For each accused who appealed or was appealed against: the appeals, and the verdicts, sentences and term in force after the latest final decision") List<AppealTypes.@NonNull AppellateType> appellate) implements Node {

        /** A case none of whose accused has appealed. */
        public CaseType(String id, int version, String firNumber, String office, List<String> firSections,
                        List<String> otherSections, CaseStatus status, LocalDate registeredOn, List<StatusDate> statusDates,
                        String investigationClosedReason, List<VictimType> victims, List<AccusedType> accused,
                        List<ChargeType> charges, List<HearingType> hearings, List<CaseWarningType> warnings,
                        AssignmentType assignment, FactsType recordedFacts, List<SentencingOrderType> sentencingOrders,
                        OfficeType investigatingOffice, OfficeType registeredAt, List<TransferType> transfers) {
            this(id, version, firNumber, office, firSections, otherSections, status, registeredOn, statusDates,
                    investigationClosedReason, victims, accused, charges, hearings, warnings, assignment, recordedFacts,
                    sentencingOrders, investigatingOffice, registeredAt, transfers, List.of());
        }
    }

    @Name("InvestigatingOffice")
    @Description("An FIA circle or a provincial police station")
    public record OfficeType(@NonNull Agency agency,
                             @NonNull @Description("The office's code, as investigators' tokens carry it (office claim)") String code,
                             @Description("Always given for a police station") Province province,
                             @Description("The district of a police station") String district) {
    }

    @Name("CaseTransfer")
    @Description("A transfer of the case to another investigating office, ordered on a day for a reason")
    public record TransferType(@NonNull LocalDate on, @NonNull OfficeType from, @NonNull OfficeType to,
                               @NonNull String reason) {
    }

    @Name("StatusDate")
    public record StatusDate(@NonNull CaseStatus status, @NonNull LocalDate date) {
    }

    @Name("Victim")
    @Description("A victim as everyone who may see the case sees them: a pseudonym and nothing that identifies the person")
    public record VictimType(
            @NonNull @Id String id,
            @NonNull @Description("V-<year>-<number>; the name to use for the victim everywhere") String pseudonym,
            @NonNull Gender gender,
            LocalDate dateOfBirth,
            @Description("An estimated age, with the day it was estimated") Integer estimatedAge,
            LocalDate estimatedOn,
            @Description("ISO 3166-1 alpha-2 code") String nationality,
            @NonNull List<@NonNull VulnerabilityFactor> vulnerabilities,
            @NonNull List<@NonNull Purpose> exploitation,
            @NonNull List<@NonNull ProtectionMeasure> protection,
            @NonNull @Description(RECRUITER_RELATION) RecruiterRelation recruiterRelation,
            @Ignore String caseId) implements Node {
    }

    @Name("VictimIdentity")
    @Description("Who the victim is. Shown only to the people assigned to the case; every read is written to the audit log")
    public record VictimIdentityType(@NonNull String name, String cnic, String contact, String address) {
    }

    @Name("Accused")
    public record AccusedType(
            @NonNull @Id String id,
            @NonNull TraffickerKind kind,
            @NonNull String name,
            String cnic,
            @NonNull List<@NonNull TraffickerRole> roles,
            String nationality,
            @NonNull @Description("Ids of linked accused") @Id List<@NonNull String> links,
            @Description("Why a victim of the case is accused nonetheless (non-punishment principle)") String nonPunishmentJustification,
            @NonNull @Description("Where the accused is now: not arrested from the day they were added until a step changes it") CustodyStatus custody,
            @NonNull @Description("Since when the accused is in that custody status") LocalDate custodySince,
            @NonNull @Description("Every custody status the accused has been in, in order, the current one last") List<CustodyTypes.@NonNull CustodyEntryType> custodyHistory,
            @NonNull @Description("The bail applications made for the accused, in order") List<CustodyTypes.@NonNull BailApplicationType> bailApplications,
            @Description("The day a supplementary charge sheet (s.173 CrPC) charged the accused; null if the case's charge sheet did, or nobody has") LocalDate chargedBySupplementarySheetOn) implements Node {
    }

    @Name("Charge")
    @Description("One count of the charge sheet: one accused under one statute version for some victims")
    public record ChargeType(
            @NonNull @Id String id,
            @NonNull @Description("Id of the accused") @Id String accusedId,
            @NonNull String statuteCode,
            @NonNull int statuteVersion,
            @Description("The statute version the charge cites") StatuteView statute,
            @NonNull @Description("Ids of the victims concerned") @Id List<@NonNull String> victimIds,
            @NonNull FactsType facts,
            VerdictType verdict,
            SentenceType sentence) implements Node {
    }

    @Name("Verdict")
    public record VerdictType(@NonNull VerdictOutcome outcome, @NonNull LocalDate date,
                              @NonNull @Description("Convicted on the accused's plea of guilty (s.265-E CrPC)") boolean onGuiltyPlea,
                              @NonNull @Description("What the verdict means for the accused: a withdrawal discharges before the charge is framed and acquits after (s.494 CrPC); a composition acquits (s.345(6))") VerdictEffect effect,
                              @Description("Id of the victim who compounded (COMPOUNDED)") String compoundedBy,
                              @Description("The day the accused died (ABATED)") LocalDate accusedDiedOn) {
    }

    @Name("SentencingOrder")
    @Description("The judge's order over one convicted accused's sentences (s.35, s.382-B, s.544-A CrPC; PPC ss.64-67)")
    public record SentencingOrderType(
            @NonNull @Description("Id of the accused") @Id String accusedId,
            @NonNull LocalDate pronouncedOn,
            @NonNull List<@NonNull ChargeDirectionType> directions,
            @NonNull @Description("Days in custody credited (s.382-B CrPC)") int custodyCreditDays,
            @NonNull List<@NonNull CompensationType> compensation,
            @NonNull @Description("The runs' lengths added up, before the credit") int totalTermYears,
            @NonNull int totalTermMonths,
            @NonNull int totalTermDays,
            @NonNull @Description("The total term in words") String totalTerm,
            @Description("The day the imprisonment ends, from the sentence less the credit; absent where there is none, or it is for life or death. Imprisonment in default of fines is not in it") LocalDate releaseDate) {
    }

    @Name("ChargeDirection")
    public record ChargeDirectionType(@NonNull @Id String chargeId,
                                      @Description("Terms of one run run concurrently, the runs one after another") Integer run,
                                      ImprisonmentDescription description,
                                      @Description("Imprisonment in default of the fine") Integer inDefaultYears,
                                      Integer inDefaultMonths, Integer inDefaultDays) {
    }

    @Name("Compensation")
    public record CompensationType(@NonNull @Description("Id of the victim") @Id String victimId, @NonNull long amountPkr,
                                   @NonNull CompensationLaw under) {
    }

    @Name("Sentence")
    public record SentenceType(
            @NonNull LocalDate pronouncedOn,
            @NonNull SentenceKind kind,
            Integer termYears,
            Integer termMonths,
            Integer termDays,
            Long finePkr,
            @NonNull @Description("The sentence in words") String description) {
    }

    @Name("Facts")
    @Description("What is alleged: the acts, means and purposes, the route and the day of the offence")
    public record FactsType(
            @NonNull List<@NonNull Act> acts,
            @NonNull List<@NonNull Means> means,
            @NonNull List<@NonNull Purpose> purposes,
            @NonNull @Description("Countries from the start to the end of the route, ISO 3166-1 alpha-2") List<@NonNull String> route,
            @NonNull LocalDate offenceDate,
            @NonNull List<@NonNull StatutoryCondition> circumstances) {
    }

    @Name("Hearing")
    public record HearingType(@NonNull LocalDate date, @NonNull String court, @NonNull String proceedings, LocalDate nextDate) {
    }

    @Name("CaseWarning")
    public record CaseWarningType(@NonNull Rule rule, @NonNull @Description("Id of the accused concerned") @Id String accusedId,
                                  @NonNull String message) {
    }

    @Name("Assignment")
    @Description("Who works on the case; user ids of the identity provider")
    public record AssignmentType(String investigator, String prosecutor, String court, String judge) {
    }

    @Name("CasePayload")
    @Description("The case as it is after the change")
    public record CasePayload(@NonNull @Name("case") CaseType caseFile) {
    }

    @Name("CaseEdge")
    public record CaseEdge(@NonNull String cursor, @NonNull CaseType node) {
    }

    @Name("PageInfo")
    public record PageInfo(@NonNull boolean hasNextPage, @Description("The cursor of the last case of this page") String endCursor) {
    }

    @Name("CaseConnection")
    @Description("A page of cases, newest registration first")
    public record CaseConnection(@NonNull List<@NonNull CaseEdge> edges, @NonNull PageInfo pageInfo) {
    }

    @Name("ChargeAdvice")
    @Description("Every statute with the elements the facts meet and miss, most applicable first")
    public record ChargeAdviceType(@NonNull List<@NonNull StatuteAdviceType> statutes) {
    }

    @Name("StatuteAdvice")
    public record StatuteAdviceType(
            @NonNull StatuteView statute,
            @NonNull @Description("In force on the offence date, within its territorial scope, and every element met") boolean applicable,
            @NonNull boolean inForce,
            @NonNull String inForceNote,
            @NonNull boolean scopeFits,
            @NonNull String scopeNote,
            @NonNull List<@NonNull ElementFindingType> met,
            @NonNull List<@NonNull ElementFindingType> missing,
            @NonNull String penaltyRange) {
    }

    @Name("ElementFinding")
    public record ElementFindingType(@NonNull ElementKind kind, @NonNull String requirement, @NonNull boolean met,
                                     @NonNull String explanation) {
    }
}
