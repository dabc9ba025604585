package org.insaf.adapters.graphql.person;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimIdentityType;
import org.insaf.adapters.graphql.casefile.Ids;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.person.VictimHistory;
import org.insaf.application.port.in.ConfirmVictimLinkUseCase;
import org.insaf.application.port.in.InputLimits;
import org.insaf.application.port.in.RecordVictimParticularsUseCase;
import org.insaf.application.port.in.RejectVictimCandidateUseCase;
import org.insaf.application.port.in.SeparateVictimUseCase;
import org.insaf.application.port.in.VictimHistoryQuery;
import org.insaf.application.port.in.VictimPairCommand;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;

import java.time.LocalDate;
import java.util.List;

/**
 * The person behind each victim, across cases (issue 18 items 1 and 6): what is known of the person
 * (part of the protected identity), and whether the victim was trafficked in other cases.
 */
@GraphQLApi
@Authenticated
public class VictimPersonApi {

    @Inject
    CallerActor caller;
    @Inject
    VictimHistoryQuery history;
    @Inject
    RecordVictimParticularsUseCase recordParticulars;
    @Inject
    ConfirmVictimLinkUseCase confirmLink;
    @Inject
    RejectVictimCandidateUseCase rejectCandidate;
    @Inject
    SeparateVictimUseCase separate;

    @Name("VictimHistory")
    @Description("Whether a victim was trafficked in other cases: those you may see, and a count of the others")
    public record VictimHistoryType(@NonNull @Id String victimId, @NonNull String pseudonym,
                                    @NonNull @Description("A match, shown or only counted, in a case registered before this one") Boolean traffickedBefore,
                                    @NonNull @Description("Victims of cases you may see who share a CNIC, passport, phone or name with father's name with this victim, or were confirmed to be this victim; oldest case first") List<@NonNull VictimMatchType> otherCases,
                                    @NonNull @Description("Matches in cases you may not see: nothing more is told of them; ask an admin for access") Integer casesInOtherOffices,
                                    @Description("What is recorded of the victim's person: only with withIdentities, for the people assigned to the case; every read is audited") VictimPersonType person) {
    }

    @Name("VictimMatch")
    public record VictimMatchType(@NonNull @Id String caseId, @NonNull String firNumber, @NonNull LocalDate registeredOn,
                                  @NonNull @Description("Registered before the case asked about") Boolean earlier,
                                  @NonNull @Id String victimId, @NonNull String pseudonym,
                                  @NonNull @Description("What the two victims' records share (empty when only confirmed)") List<@NonNull MatchReason> reasons,
                                  @NonNull @Description("An investigator confirmed they are one person") Boolean confirmed,
                                  @Description("The other victim's identity: only with withIdentities, for the people assigned to that case; every read is audited") VictimIdentityType identity) {
    }

    @Name("VictimPerson")
    @Description("Who the person behind a victim is, as recorded: part of the protected identity")
    public record VictimPersonType(@NonNull List<@NonNull String> names, String fatherName, String cnic, String passport,
                                   @NonNull @Description("International form, e.g. +923001234567") List<@NonNull String> phones,
                                   String district) {
        static VictimPersonType of(PersonParticulars p) {
            return new VictimPersonType(p.names(), p.fatherName(), p.cnic(), p.passport(),
                    p.phones().stream().map(PhoneNumber::toString).toList(), p.district());
        }
    }

    @Name("RecordVictimParticularsInput")
    public record RecordVictimParticularsInput(@NonNull @Id String caseId, @NonNull @Description("Id of the victim") @Id String victimId,
                                               @NonNull @Description("Names and spellings as written, any script; at most " + PersonApi.MAX_NAMES) List<@NonNull String> names,
                                               String fatherName,
                                               @Description("12345-1234567-1") String cnic,
                                               String passport,
                                               @Description("National or international form; at most " + PersonApi.MAX_NAMES) List<String> phones,
                                               @Description("Home district as written") String district) {
    }

    @Name("VictimLinkInput")
    public record VictimLinkInput(@NonNull @Id String caseId, @NonNull @Description("Id of the victim of this case") @Id String victimId,
                                  @NonNull @Description("Id of the victim of the other case") @Id String otherVictimId,
                                  @NonNull @Description("Why; kept in the audit log. At most " + InputLimits.REASON + " characters") String reason) {
    }

    @Query("victimHistory")
    @Description("Whether a victim of the case was trafficked in other cases (everyone who may see the case). Identities only with withIdentities, where you may read them; every read is audited")
    public @NonNull VictimHistoryType victimHistory(@Name("caseId") @NonNull @Id String caseId,
                                                    @Name("victimId") @NonNull @Id String victimId,
                                                    @Name("withIdentities") @DefaultValue("false") boolean withIdentities) {
        VictimHistory found = history.history(new VictimHistoryQuery.Query(caller.actor(), Ids.caseId(caseId),
                Ids.personId(victimId), withIdentities));
        return new VictimHistoryType(found.victim().toString(), found.pseudonym(), found.traffickedBefore(),
                found.otherCases().stream().map(o -> new VictimMatchType(o.caseId().toString(), o.firNumber(),
                        o.registeredOn(), o.earlier(), o.victim().toString(), o.pseudonym(),
                        o.reasons().stream().sorted().toList(), o.confirmed(),
                        o.identity().map(i -> new VictimIdentityType(i.name(), i.cnic(), i.contact(), i.address()))
                                .orElse(null))).toList(),
                found.casesInOtherOffices(), found.particulars().map(VictimPersonType::of).orElse(null));
    }

    @Mutation("recordVictimParticulars")
    @Description("Records who the person behind a victim is, kept encrypted with the identity: names and phones are added, the rest set where given (investigators of the case's office). Answers the pseudonym only")
    public @NonNull String recordVictimParticulars(@Name("input") @NonNull RecordVictimParticularsInput in) {
        PersonParticulars particulars = PersonApi.particulars(in.names(), in.fatherName(), in.cnic(), in.passport(),
                in.phones(), in.district());
        return recordParticulars.recordVictimParticulars(new RecordVictimParticularsUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), Ids.personId(in.victimId()), particulars));
    }

    @Mutation("confirmVictimLink")
    @Description("Confirms that a victim of another case is this victim, trafficked again; until separated (investigators of the case's office who may see the other case)")
    public @NonNull Boolean confirmVictimLink(@Name("input") @NonNull VictimLinkInput in) {
        confirmLink.confirmVictimLink(new VictimPairCommand(caller.actor(), Ids.caseId(in.caseId()),
                Ids.personId(in.victimId()), Ids.personId(in.otherVictimId()), in.reason()));
        return true;
    }

    @Mutation("rejectVictimCandidate")
    @Description("Says that a victim of another case is not this victim; the pair is not shown again (investigators of the case's office)")
    public @NonNull Boolean rejectVictimCandidate(@Name("input") @NonNull VictimLinkInput in) {
        rejectCandidate.rejectVictimCandidate(new VictimPairCommand(caller.actor(), Ids.caseId(in.caseId()),
                Ids.personId(in.victimId()), Ids.personId(in.otherVictimId()), in.reason()));
        return true;
    }

    @Mutation("separateVictim")
    @Description("Undoes a confirmed link between a victim of this case and one of another (investigators of the case's office)")
    public @NonNull Boolean separateVictim(@Name("input") @NonNull VictimLinkInput in) {
        separate.separateVictim(new VictimPairCommand(caller.actor(), Ids.caseId(in.caseId()),
                Ids.personId(in.victimId()), Ids.personId(in.otherVictimId()), in.reason()));
        return true;
    }
}
