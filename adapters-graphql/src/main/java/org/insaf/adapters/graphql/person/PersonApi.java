package org.insaf.adapters.graphql.person;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.casefile.Ids;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.person.PersonCandidates;
import org.insaf.application.person.PersonView;
import org.insaf.application.port.in.ConfirmPersonLinkUseCase;
import org.insaf.application.port.in.FindPersonCandidatesQuery;
import org.insaf.application.port.in.InputLimits;
import org.insaf.application.port.in.RecordPersonParticularsUseCase;
import org.insaf.application.port.in.RejectPersonCandidateUseCase;
import org.insaf.application.port.in.SeparatePersonUseCase;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The person behind each accused, across cases (issue 18): candidates of other cases, their links,
 * and what is known of the person. Candidates in cases the caller may not see come only as a count.
 */
@GraphQLApi
@Authenticated
public class PersonApi {

    /** At most this many names or phones in one input. */
    static final int MAX_NAMES = 20;

    @Inject
    CallerActor caller;
    @Inject
    FindPersonCandidatesQuery candidates;
    @Inject
    RecordPersonParticularsUseCase recordParticulars;
    @Inject
    ConfirmPersonLinkUseCase confirmLink;
    @Inject
    RejectPersonCandidateUseCase rejectCandidate;
    @Inject
    SeparatePersonUseCase separate;

    @Name("PersonCandidates")
    @Description("Persons of other cases who are probably the accused, best first")
    public record PersonCandidatesType(@NonNull @Id String accusedId, @NonNull List<@NonNull PersonCandidateType> candidates,
                                       @NonNull @Description("Candidates found only in cases you may not see: nothing more is told of them") Integer matchesInOtherOffices,
                                       @Description("How to ask for access to those, when there are any") String howToAskForAccess) {
    }

    @Name("PersonCandidate")
    public record PersonCandidateType(@NonNull @Id String personId,
                                      @NonNull @Description("0 to 100: 100 for the same CNIC, 95 the same passport, 70 and more a shared phone, 70-85 a close name with a close father's name in the same district") Integer score,
                                      @NonNull List<@NonNull MatchReason> reasons,
                                      @NonNull @Description("The names the candidate's cases wrote") List<@NonNull String> names,
                                      @NonNull @Description("The candidate's cases that you may see") @Id List<@NonNull String> caseIds) {
    }

    @Name("Person")
    @Description("The person behind an accused: what is known across cases, and the person the record is joined to")
    public record PersonType(@NonNull @Id @Description("The person's id, which is also the id of the accused it stands behind: node(personId) answers that Accused") String personId, @NonNull List<@NonNull String> names, String fatherName, String cnic,
                             String passport, @NonNull @Description("International form, e.g. +923001234567") List<@NonNull String> phones,
                             String district,
                             @Description("The person this record was confirmed to be, if any") String joinedTo) {
        static PersonType of(PersonView view) {
            var p = view.particulars();
            return new PersonType(view.id().toString(), p.names(), p.fatherName(), p.cnic(), p.passport(),
                    p.phones().stream().map(PhoneNumber::toString).toList(), p.district(),
                    view.joinedTo().map(Object::toString).orElse(null));
        }
    }

    @Name("RecordPersonParticularsInput")
    public record RecordPersonParticularsInput(@NonNull @Id String caseId, @NonNull @Description("Id of the accused") @Id String accusedId,
                                               @NonNull @Description("Names and spellings as written, any script; at most " + MAX_NAMES) List<@NonNull String> names,
                                               String fatherName,
                                               @Description("12345-1234567-1") String cnic,
                                               String passport,
                                               @Description("National or international form; at most " + MAX_NAMES) List<String> phones,
                                               @Description("Home district as written") String district) {
    }

    @Name("PersonLinkInput")
    public record PersonLinkInput(@NonNull @Id String caseId, @NonNull @Description("Id of the accused") @Id String accusedId,
                                  @NonNull @Description("Id of the candidate person") @Id String candidateId,
                                  @NonNull @Description("Why; kept in the audit log. At most " + InputLimits.REASON + " characters") String reason) {
    }

    @Name("SeparatePersonInput")
    public record SeparatePersonInput(@NonNull @Id String caseId, @NonNull @Description("Id of the accused") @Id String accusedId,
                                      @NonNull @Description("Why; kept in the audit log") String reason) {
    }

    @Query("personCandidates")
    @Description("Persons of other cases who are probably the accused, with a score and the reasons; those in cases you may not see are only counted (investigators of the case's office, admins)")
    public @NonNull PersonCandidatesType personCandidates(@Name("caseId") @NonNull @Id String caseId,
                                                          @Name("accusedId") @NonNull @Id String accusedId) {
        PersonCandidates found = candidates.candidates(new FindPersonCandidatesQuery.Query(caller.actor(),
                Ids.caseId(caseId), Ids.personId(accusedId)));
        return new PersonCandidatesType(found.person().toString(), found.candidates().stream()
                .map(c -> new PersonCandidateType(c.person().toString(), c.score(), c.reasons(), c.names(),
                        c.cases().stream().map(Object::toString).toList())).toList(),
                found.matchesInOtherOffices(), found.howToAskForAccess().orElse(null));
    }

    @Mutation("recordPersonParticulars")
    @Description("Records what is known of the person behind an accused: names and spellings are added, the rest set where given (investigators of the case's office)")
    public @NonNull PersonType recordPersonParticulars(@Name("input") @NonNull RecordPersonParticularsInput in) {
        PersonParticulars particulars = particulars(in.names(), in.fatherName(), in.cnic(), in.passport(), in.phones(),
                in.district());
        return PersonType.of(recordParticulars.recordParticulars(new RecordPersonParticularsUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), Ids.personId(in.accusedId()), particulars)));
    }

    @Mutation("confirmPersonLink")
    @Description("Confirms that a candidate is the accused: the two records become one person, until separated (investigators of the case's office)")
    public @NonNull PersonType confirmPersonLink(@Name("input") @NonNull PersonLinkInput in) {
        return PersonType.of(confirmLink.confirmLink(new ConfirmPersonLinkUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), Ids.personId(in.accusedId()), Ids.personId(in.candidateId()), in.reason())));
    }

    @Mutation("rejectPersonCandidate")
    @Description("Says that a candidate is not the accused; it is not proposed again (investigators of the case's office)")
    public @NonNull Boolean rejectPersonCandidate(@Name("input") @NonNull PersonLinkInput in) {
        rejectCandidate.rejectCandidate(new RejectPersonCandidateUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                Ids.personId(in.accusedId()), Ids.personId(in.candidateId()), in.reason()));
        return true;
    }

    @Mutation("separatePerson")
    @Description("Undoes a confirmed link: the accused's record stands alone again, as it was (investigators of the case's office)")
    public @NonNull PersonType separatePerson(@Name("input") @NonNull SeparatePersonInput in) {
        return PersonType.of(separate.separate(new SeparatePersonUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                Ids.personId(in.accusedId()), in.reason())));
    }

    /** A person's particulars as sent, each text checked against its limit before the domain reads it. */
    static PersonParticulars particulars(List<String> names, String fatherName, String cnic, String passport,
                                         List<String> phones, String district) {
        InputLimits.count(names, MAX_NAMES, "names");
        names.forEach(n -> InputLimits.text(n, InputLimits.NAME, "names"));
        List<String> written = phones == null ? List.of() : InputLimits.count(phones, MAX_NAMES, "phones");
        Set<PhoneNumber> numbers = new LinkedHashSet<>();
        written.forEach(p -> numbers.add(PhoneNumber.of(InputLimits.text(p, 30, "phones"))));
        text(fatherName, InputLimits.NAME, "fatherName");
        text(cnic, 20, "cnic");
        text(passport, 30, "passport");
        text(district, InputLimits.DISTRICT, "district");
        return new PersonParticulars(names, fatherName, cnic, passport, numbers, district);
    }

    private static void text(String value, int max, String field) {
        if (value != null) {
            InputLimits.text(value, max, field);
        }
    }
}
