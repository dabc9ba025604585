package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.insaf.adapters.graphql.casefile.CaseInputs.AddAccusedInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.AddVictimInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.AssignCaseInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.ChargeInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.CloseCaseInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.CloseInvestigationInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.FactsInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.FileChargeSheetInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.OpenTrialInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordFactsInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordHearingInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordSentenceInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordVerdictInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RegisterCaseInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.StartInvestigationInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.VictimIdentityInput;
import org.insaf.adapters.graphql.casefile.CaseTypes.CasePayload;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each mutation's input object into the command of its use case, with the caller as actor; a value
 * the adapter or the domain cannot read is refused naming its rule, and then no use case is called.
 */
class CaseMutationsTest {

    static final String CASE_ID = "1a5af00d-0000-4000-8000-00000000c0de";
    static final String VICTIM = "1a5af00d-0000-4000-8000-0000000000a1";
    static final String OTHER_VICTIM = "1a5af00d-0000-4000-8000-0000000000a2";
    static final String ACCUSED = "1a5af00d-0000-4000-8000-0000000000b1";
    static final String CHARGE = "1a5af00d-0000-4000-8000-0000000000c1";
    static final LocalDate DAY = LocalDate.of(2017, 6, 1);
    static final LocalDate OFFENCE = LocalDate.of(2016, 11, 20);

    final Actor actor = new Actor("1a5af00d-0000-4000-8000-000000000001", Set.of(Role.INVESTIGATOR), Optional.empty());
    final List<Object> commands = new ArrayList<>();
    final CaseView answer = new CaseView(new CaseId(java.util.UUID.fromString(CASE_ID)), 4, new FirNumber("FIR 12/2017"),
            new FiaCircle("AHTC Lahore"), Set.of(StatuteCode.of("PPC-369A")), CaseStatus.REGISTERED,
            Map.of(CaseStatus.REGISTERED, LocalDate.of(2017, 1, 10)), Optional.empty(), List.of(), List.of(), List.of(),
            List.of(), List.of(), CaseAssignment.NONE, Optional.empty(), List.of());
    final CaseMutations mutations = mutations();

    CaseMutations mutations() {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(actor.userId())).addRole("investigator").build();
        CaseMutations m = new CaseMutations();
        m.caller = new CallerActor(identity);
        m.statutes = TestStatutes.views();
        m.registerCase = this::called;
        m.startInvestigation = this::called;
        m.addVictim = this::called;
        m.addAccused = this::called;
        m.recordFacts = this::called;
        m.closeInvestigation = this::called;
        m.assignCase = this::called;
        m.transferCase = this::called;
        m.fileChargeSheet = this::called;
        m.openTrial = this::called;
        m.recordHearing = this::called;
        m.recordVerdict = this::called;
        m.recordSentence = this::called;
        m.closeCase = this::called;
        return m;
    }

    private CaseView called(Object command) {
        commands.add(command);
        return answer;
    }

    static CaseId caseId() {
        return new CaseId(java.util.UUID.fromString(CASE_ID));
    }

    static PersonId person(String id) {
        return new PersonId(java.util.UUID.fromString(id));
    }

    static FactsInput factsInput() {
        return new FactsInput(List.of(Act.RECRUITMENT), List.of(Means.FRAUD), List.of(Purpose.BONDED_LABOUR),
                List.of("PK"), OFFENCE, null);
    }

    static OffenceFacts facts() {
        return new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.FRAUD), Set.of(Purpose.BONDED_LABOUR),
                Route.of("PK"), OFFENCE, Set.of());
    }

    /** The one command the mutation handed its use case; the payload is the use case's answer, mapped. */
    private Object theCommand(CasePayload payload) {
        assertThat(payload.caseFile()).isEqualTo(CaseMapping.toType(answer, TestStatutes.VIEWS));
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

    private void assertRefused(Runnable mutation, Class<? extends InvalidValueException> kind, String rule, String message) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, mutation::run);
        assertThat(refused).as("refused").isInstanceOf(kind);
        assertThat(refused.rule()).isEqualTo(rule);
        if (message != null) {
            assertThat(refused.getMessage()).isEqualTo(message);
        }
        assertThat(commands).as("no use case is called").isEmpty();
    }

    @Nested
    class Offices_and_transfers {

        @Test
        void a_police_station_registers_with_its_agency_province_and_district() {
            var in = new RegisterCaseInput("FIR 1/2019", "PB-LHR-CIVIL-LINES", DAY, List.of("PPC-369A"), null,
                    Agency.PROVINCIAL_POLICE, Province.PUNJAB, " Lahore ");

            var command = (RegisterCaseUseCase.Command) theCommand(mutations.registerCase(in));

            assertThat(command.office()).isEqualTo(InvestigatingOffice.policeStation("PB-LHR-CIVIL-LINES",
                    Province.PUNJAB, "Lahore"));
        }

        @Test
        void a_police_station_without_its_district_or_an_fia_circle_with_one_is_refused() {
            assertRefused(() -> mutations.registerCase(new RegisterCaseInput("FIR 1/2019", "PS", DAY,
                    List.of("PPC-369A"), null, Agency.PROVINCIAL_POLICE, Province.PUNJAB, null)),
                    InvalidValueException.class, "POLICE_STATION_PLACE", null);
            assertRefused(() -> mutations.registerCase(new RegisterCaseInput("FIR 1/2019", "AHTC Lahore", DAY,
                    List.of("PPC-369A"), null, null, Province.PUNJAB, "Lahore")),
                    InvalidValueException.class, "FIA_CIRCLE_PLACE", null);
        }

        @Test
        void a_transfer_builds_the_command_from_every_field() {
            var in = new CaseInputs.TransferCaseInput(CASE_ID, 3, Agency.PROVINCIAL_POLICE, "PB-LHR-CIVIL-LINES",
                    Province.PUNJAB, "Lahore", "inside Pakistan", DAY);

            Object command = theCommand(mutations.transferCase(in));

            assertThat(command).isEqualTo(new TransferCaseUseCase.Command(actor, caseId(), Optional.of(3L),
                    InvestigatingOffice.policeStation("PB-LHR-CIVIL-LINES", Province.PUNJAB, "Lahore"),
                    "inside Pakistan", DAY));
        }
    }

    @Nested
    class Register_case {

        @Test
        void builds_the_command_from_every_field() {
            var in = new RegisterCaseInput("FIR 12/2017", "AHTC Lahore", DAY, List.of("PPC-369A", "PACHTO-3", "PPC-369A"),
                    List.of("Emigration Ordinance 1979 s.18"), null, null, null);

            Object command = theCommand(mutations.registerCase(in));

            assertThat(command).isEqualTo(new RegisterCaseUseCase.Command(actor, new FirNumber("FIR 12/2017"),
                    new FiaCircle("AHTC Lahore"), DAY, Set.of(StatuteCode.of("PPC-369A"), StatuteCode.of("PACHTO-3")),
                    List.of("Emigration Ordinance 1979 s.18")));
        }

        @Test
        void other_sections_left_out_are_none() {
            var in = new RegisterCaseInput("FIR 12/2017", "AHTC Lahore", DAY, List.of("PPC-369A"), null, null, null, null);

            var command = (RegisterCaseUseCase.Command) theCommand(mutations.registerCase(in));

            assertThat(command.otherSections()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "PPC 369A", "ppc-369a", "PPC-369A; DROP TABLE", "PPC-"})
        void a_section_that_is_not_a_statute_code_is_refused_naming_the_format(String section) {
            var in = new RegisterCaseInput("FIR 12/2017", "AHTC Lahore", DAY, List.of("PPC-369A", section), null, null, null, null);

            assertRefused(() -> mutations.registerCase(in), InvalidValueException.class, "STATUTE_CODE_FORMAT", null);
        }

        @Test
        void a_blank_fir_number_is_required() {
            var in = new RegisterCaseInput("  ", "AHTC Lahore", DAY, List.of("PPC-369A"), null, null, null, null);

            assertRefused(() -> mutations.registerCase(in), InvalidValueException.class, "REQUIRED", "FIR number is required");
        }
    }

    @Nested
    class Investigation {

        @Test
        void start_investigation_carries_the_case_the_version_and_the_day() {
            Object command = theCommand(mutations.startInvestigation(new StartInvestigationInput(CASE_ID, 3, DAY)));

            assertThat(command).isEqualTo(new StartInvestigationUseCase.Command(actor, caseId(), Optional.of(3L), DAY));
        }

        @Test
        void a_version_left_out_skips_the_check() {
            var command = (StartInvestigationUseCase.Command) theCommand(
                    mutations.startInvestigation(new StartInvestigationInput(CASE_ID, null, DAY)));

            assertThat(command.expectedVersion()).isEmpty();
        }

        @Test
        void the_largest_and_smallest_versions_are_passed_on_as_they_are() {
            mutations.startInvestigation(new StartInvestigationInput(CASE_ID, Integer.MAX_VALUE, DAY));
            mutations.openTrial(new OpenTrialInput(CASE_ID, Integer.MIN_VALUE, DAY));

            assertThat(commands).extracting(c -> ((org.insaf.application.port.in.CaseCommand) c).expectedVersion())
                    .containsExactly(Optional.of((long) Integer.MAX_VALUE), Optional.of((long) Integer.MIN_VALUE));
        }

        @Test
        void record_facts_reads_the_facts() {
            Object command = theCommand(mutations.recordFacts(new RecordFactsInput(CASE_ID, 1, factsInput())));

            assertThat(command).isEqualTo(new RecordFactsUseCase.Command(actor, caseId(), Optional.of(1L), facts()));
        }

        @Test
        void close_investigation_carries_the_reason_and_the_day() {
            Object command = theCommand(mutations.closeInvestigation(
                    new CloseInvestigationInput(CASE_ID, null, "no evidence", DAY)));

            assertThat(command).isEqualTo(new CloseInvestigationUseCase.Command(actor, caseId(), Optional.empty(),
                    "no evidence", DAY));
        }

        @Test
        void assign_case_passes_each_part_given_and_leaves_out_the_others() {
            Object command = theCommand(mutations.assignCase(new AssignCaseInput(CASE_ID, 2, null, "pro-1", "Sessions Court", null)));

            assertThat(command).isEqualTo(new AssignCaseUseCase.Command(actor, caseId(), Optional.of(2L), Optional.empty(),
                    Optional.of("pro-1"), Optional.of("Sessions Court"), Optional.empty()));
        }

        @Test
        void assign_case_with_nothing_to_assign_is_refused_by_its_command() {
            InvalidCommand refused = catchThrowableOfType(InvalidCommand.class,
                    () -> mutations.assignCase(new AssignCaseInput(CASE_ID, null, null, null, null, null)));

            assertThat(refused).hasMessage("an assignment names at least one of investigator, prosecutor, court or judge");
            assertThat(commands).isEmpty();
        }
    }

    @Nested
    class Add_victim {

        @Test
        void builds_the_identity_and_the_details_from_every_field() {
            var in = new AddVictimInput(CASE_ID, 5, new VictimIdentityInput("Name withheld", "35202-1234567-1", "0300-1234567",
                    "Lahore"), Gender.FEMALE, LocalDate.of(2001, 3, 3), null, null, "PK",
                    List.of(VulnerabilityFactor.POVERTY), List.of(Purpose.BONDED_LABOUR, Purpose.FORCED_LABOUR),
                    List.of(ProtectionMeasure.SHELTER), RecruiterRelation.FAMILY);

            Object command = theCommand(mutations.addVictim(in));

            assertThat(command).isEqualTo(new AddVictimUseCase.Command(actor, caseId(), Optional.of(5L),
                    new VictimIdentity("Name withheld", "35202-1234567-1", "0300-1234567", "Lahore"),
                    new VictimDetails(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(2001, 3, 3)), CountryCode.PAKISTAN,
                            Set.of(VulnerabilityFactor.POVERTY), Set.of(Purpose.BONDED_LABOUR, Purpose.FORCED_LABOUR),
                            Set.of(ProtectionMeasure.SHELTER), RecruiterRelation.FAMILY)));
        }

        @Test
        void parts_left_out_are_unknown_or_empty() {
            var in = new AddVictimInput(CASE_ID, null, new VictimIdentityInput("Name withheld", null, null, null), null,
                    null, 15, DAY, null, null, null, null, null);

            var command = (AddVictimUseCase.Command) theCommand(mutations.addVictim(in));

            assertThat(command.identity()).isEqualTo(new VictimIdentity("Name withheld", null, null, null));
            assertThat(command.details()).isEqualTo(new VictimDetails(null, AgeEvidence.estimated(15, DAY), null,
                    Set.of(), Set.of(), Set.of(), null));
            assertThat(command.details().gender()).isEqualTo(Gender.UNKNOWN);
            assertThat(command.details().recruiterRelation()).isEqualTo(RecruiterRelation.UNKNOWN);
        }

        @Test
        void an_empty_item_in_a_list_is_refused() {
            var in = new AddVictimInput(CASE_ID, null, new VictimIdentityInput("Name withheld", null, null, null), null,
                    null, null, null, null, Arrays.asList(VulnerabilityFactor.POVERTY, null), null, null, null);

            assertRefused(() -> mutations.addVictim(in), BadInput.class, "NULL_IN_LIST", "a list holds an empty (null) value");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "pk", "PAK", "P", "P1", " PK"})
        void a_nationality_that_is_not_an_iso_code_is_refused_naming_the_format(String nationality) {
            var in = new AddVictimInput(CASE_ID, null, new VictimIdentityInput("Name withheld", null, null, null), null,
                    null, null, null, nationality, null, null, null, null);

            assertRefused(() -> mutations.addVictim(in), InvalidValueException.class, "COUNTRY_CODE_FORMAT", null);
        }

        @Test
        void a_cnic_of_the_wrong_shape_is_refused_naming_the_format() {
            var in = new AddVictimInput(CASE_ID, null, new VictimIdentityInput("Name withheld", "3520212345671", null, null),
                    null, null, null, null, null, null, null, null, null);

            assertRefused(() -> mutations.addVictim(in), InvalidValueException.class, "CNIC_FORMAT", null);
        }
    }

    @Nested
    class Add_accused {

        @Test
        void builds_the_accused_from_every_field() {
            var in = new AddAccusedInput(CASE_ID, 2, ACCUSED, TraffickerKind.PERSON, "Kiln owner", "35202-1234567-1",
                    List.of(TraffickerRole.RECRUITER), "PK", List.of(VICTIM), "coerced into it", DAY);

            Object command = theCommand(mutations.addAccused(in));

            assertThat(command).isEqualTo(new AddAccusedUseCase.Command(actor, caseId(), Optional.of(2L),
                    new Trafficker(person(ACCUSED), TraffickerKind.PERSON, "Kiln owner", "35202-1234567-1",
                            Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN, Set.of(person(VICTIM))),
                    Optional.of("coerced into it"), Optional.of(DAY)));
        }

        @Test
        void without_an_id_the_accused_is_a_new_person_of_kind_person_without_links() {
            var in = new AddAccusedInput(CASE_ID, null, null, null, "Agent", null, null, null, null, null, null);

            mutations.addAccused(in);
            mutations.addAccused(in);

            var first = (AddAccusedUseCase.Command) commands.get(0);
            var second = (AddAccusedUseCase.Command) commands.get(1);
            assertThat(first.accused().id()).isNotEqualTo(second.accused().id());
            assertThat(first.accused().kind()).isEqualTo(TraffickerKind.PERSON);
            assertThat(first.accused().roles()).isEmpty();
            assertThat(first.accused().links()).isEmpty();
            assertThat(first.accused().nationality()).isNull();
            assertThat(first.nonPunishmentJustification()).isEmpty();
            assertThat(first.addedOn()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"x", "1-1-1-1-1", " " + ACCUSED})
        void a_malformed_person_id_is_refused(String personId) {
            var in = new AddAccusedInput(CASE_ID, null, personId, null, "Agent", null, null, null, null, null, null);

            assertRefused(() -> mutations.addAccused(in), BadInput.class, "ID_FORMAT",
                    BadInput.quote(personId) + " is not a person id");
        }

        @Test
        void a_malformed_or_empty_link_is_refused() {
            var malformed = new AddAccusedInput(CASE_ID, null, null, null, "Agent", null, null, null,
                    List.of(VICTIM, "not-an-id"), null, null);
            var empty = new AddAccusedInput(CASE_ID, null, null, null, "Agent", null, null, null,
                    Arrays.asList(VICTIM, null), null, null);

            assertRefused(() -> mutations.addAccused(malformed), BadInput.class, "ID_FORMAT", "'not-an-id' is not a person id");
            assertRefused(() -> mutations.addAccused(empty), BadInput.class, "REQUIRED", "the person id is required");
        }

        @Test
        void a_cnic_for_an_organisation_is_refused_by_the_domain() {
            var in = new AddAccusedInput(CASE_ID, null, null, TraffickerKind.ORGANISATION, "Gulf Manpower", "35202-1234567-1",
                    null, null, null, null, null);

            assertRefused(() -> mutations.addAccused(in), InvalidValueException.class, "CNIC_ONLY_FOR_PERSONS", null);
        }
    }

    @Nested
    class File_charge_sheet {

        @Test
        void each_charge_names_its_accused_statute_victims_and_facts() {
            var in = new FileChargeSheetInput(CASE_ID, 6, List.of(
                    new ChargeInput(ACCUSED, "PPC-369A", List.of(VICTIM, OTHER_VICTIM), factsInput()),
                    new ChargeInput(ACCUSED, "PPC-370", List.of(VICTIM), null)), DAY);

            Object command = theCommand(mutations.fileChargeSheet(in));

            assertThat(command).isEqualTo(new FileChargeSheetUseCase.Command(actor, caseId(), Optional.of(6L), List.of(
                    new ChargeRequest(person(ACCUSED), StatuteCode.of("PPC-369A"),
                            new LinkedHashSet<>(List.of(person(VICTIM), person(OTHER_VICTIM))), Optional.of(facts())),
                    new ChargeRequest(person(ACCUSED), StatuteCode.of("PPC-370"), Set.of(person(VICTIM)), Optional.empty())),
                    DAY));
        }

        @Test
        void a_malformed_accused_or_victim_id_is_refused() {
            var accused = new FileChargeSheetInput(CASE_ID, null,
                    List.of(new ChargeInput("accused", "PPC-369A", List.of(VICTIM), null)), DAY);
            var victim = new FileChargeSheetInput(CASE_ID, null,
                    List.of(new ChargeInput(ACCUSED, "PPC-369A", List.of(VICTIM, ""), null)), DAY);

            assertRefused(() -> mutations.fileChargeSheet(accused), BadInput.class, "ID_FORMAT", "'accused' is not a person id");
            assertRefused(() -> mutations.fileChargeSheet(victim), BadInput.class, "REQUIRED", "the person id is required");
        }

        @Test
        void a_statute_that_is_not_a_code_is_refused_naming_the_format() {
            var in = new FileChargeSheetInput(CASE_ID, null,
                    List.of(new ChargeInput(ACCUSED, "section 369-A", List.of(VICTIM), null)), DAY);

            assertRefused(() -> mutations.fileChargeSheet(in), InvalidValueException.class, "STATUTE_CODE_FORMAT", null);
        }

        @Test
        void a_charge_sheet_without_charges_is_refused_by_its_command() {
            InvalidCommand refused = catchThrowableOfType(InvalidCommand.class,
                    () -> mutations.fileChargeSheet(new FileChargeSheetInput(CASE_ID, null, List.of(), DAY)));

            assertThat(refused).hasMessage("a charge sheet contains at least one charge");
            assertThat(commands).isEmpty();
        }
    }

    @Nested
    class Trial {

        @Test
        void open_trial_and_close_case_carry_their_day() {
            mutations.openTrial(new OpenTrialInput(CASE_ID, 7, DAY));
            mutations.closeCase(new CloseCaseInput(CASE_ID, null, DAY));

            assertThat(commands).containsExactly(new OpenTrialUseCase.Command(actor, caseId(), Optional.of(7L), DAY),
                    new CloseCaseUseCase.Command(actor, caseId(), Optional.empty(), DAY));
        }

        @Test
        void record_hearing_builds_the_hearing_with_or_without_a_next_date() {
            mutations.recordHearing(new RecordHearingInput(CASE_ID, 8, DAY, "Sessions Court", "Evidence", DAY.plusDays(14)));
            mutations.recordHearing(new RecordHearingInput(CASE_ID, null, DAY, "Sessions Court", "Arguments", null));

            assertThat(commands).containsExactly(
                    new RecordHearingUseCase.Command(actor, caseId(), Optional.of(8L),
                            new Hearing(DAY, "Sessions Court", "Evidence", DAY.plusDays(14))),
                    new RecordHearingUseCase.Command(actor, caseId(), Optional.empty(),
                            new Hearing(DAY, "Sessions Court", "Arguments", null)));
        }

        @Test
        void a_next_hearing_not_after_the_hearing_is_refused_by_the_domain() {
            assertRefused(() -> mutations.recordHearing(new RecordHearingInput(CASE_ID, null, DAY, "Court", "Evidence", DAY)),
                    InvalidValueException.class, "HEARING_NEXT_DATE_AFTER_HEARING", null);
        }

        @Test
        void record_verdict_names_the_charge_by_its_offence_id() {
            Object command = theCommand(mutations.recordVerdict(
                    new RecordVerdictInput(CASE_ID, 9, CHARGE, VerdictOutcome.ACQUITTED, DAY, null, null, null)));

            assertThat(command).isEqualTo(new RecordVerdictUseCase.Command(actor, caseId(), Optional.of(9L),
                    new OffenceId(java.util.UUID.fromString(CHARGE)), VerdictOutcome.ACQUITTED, DAY));
        }

        @ParameterizedTest
        @ValueSource(strings = {"charge-1", "1-1-1-1-1", CHARGE + "0"})
        void a_malformed_charge_id_is_refused(String chargeId) {
            assertRefused(() -> mutations.recordVerdict(new RecordVerdictInput(CASE_ID, null, chargeId,
                    VerdictOutcome.CONVICTED, DAY, null, null, null)), BadInput.class, "ID_FORMAT", BadInput.quote(chargeId) + " is not a charge id");
            assertRefused(() -> mutations.recordSentence(new RecordSentenceInput(CASE_ID, null, chargeId, DAY,
                    SentenceKind.DEATH, null, null, null, null)), BadInput.class, "ID_FORMAT",
                    BadInput.quote(chargeId) + " is not a charge id");
        }

        @Test
        void a_term_is_built_from_the_parts_given_and_the_others_are_zero() {
            mutations.recordSentence(new RecordSentenceInput(CASE_ID, 10, CHARGE, DAY, SentenceKind.IMPRISONMENT_FOR_A_TERM,
                    7, null, null, 500_000L));
            mutations.recordSentence(new RecordSentenceInput(CASE_ID, null, CHARGE, DAY, SentenceKind.IMPRISONMENT_FOR_A_TERM,
                    null, 6, 15, null));

            OffenceId charge = new OffenceId(java.util.UUID.fromString(CHARGE));
            assertThat(commands).containsExactly(
                    new RecordSentenceUseCase.Command(actor, caseId(), Optional.of(10L), charge,
                            new Sentence(DAY, SentenceKind.IMPRISONMENT_FOR_A_TERM, Period.ofYears(7), Rupees.of(500_000))),
                    new RecordSentenceUseCase.Command(actor, caseId(), Optional.empty(), charge,
                            new Sentence(DAY, SentenceKind.IMPRISONMENT_FOR_A_TERM, Period.of(0, 6, 15), null)));
        }

        @Test
        void a_sentence_without_term_parts_has_no_term() {
            var command = (RecordSentenceUseCase.Command) theCommand(mutations.recordSentence(new RecordSentenceInput(
                    CASE_ID, null, CHARGE, DAY, SentenceKind.IMPRISONMENT_FOR_LIFE, null, null, null, null)));

            assertThat(command.sentence()).isEqualTo(Sentence.lifeImprisonment(DAY));
        }

        @Test
        void term_parts_on_a_sentence_without_a_term_are_refused_by_the_domain() {
            assertRefused(() -> mutations.recordSentence(new RecordSentenceInput(CASE_ID, null, CHARGE, DAY,
                            SentenceKind.DEATH, 0, 0, 0, null)), InvalidValueException.class,
                    "SENTENCE_TERM_ONLY_FOR_TERM_IMPRISONMENT", null);
        }

        @Test
        void a_term_of_zero_or_with_a_negative_part_is_refused_by_the_domain() {
            assertRefused(() -> mutations.recordSentence(new RecordSentenceInput(CASE_ID, null, CHARGE, DAY,
                    SentenceKind.IMPRISONMENT_FOR_A_TERM, 0, 0, 0, null)), InvalidValueException.class, "SENTENCE_TERM_POSITIVE", null);
            assertRefused(() -> mutations.recordSentence(new RecordSentenceInput(CASE_ID, null, CHARGE, DAY,
                    SentenceKind.IMPRISONMENT_FOR_A_TERM, 7, -1, 0, null)), InvalidValueException.class, "SENTENCE_TERM_POSITIVE", null);
        }

        @Test
        void a_negative_or_zero_fine_is_refused_by_the_domain() {
            assertRefused(() -> mutations.recordSentence(new RecordSentenceInput(CASE_ID, null, CHARGE, DAY,
                    SentenceKind.FINE_ONLY, null, null, null, -1L)), InvalidValueException.class, "RUPEES_NOT_NEGATIVE", null);
            assertRefused(() -> mutations.recordSentence(new RecordSentenceInput(CASE_ID, null, CHARGE, DAY,
                    SentenceKind.FINE_ONLY, null, null, null, 0L)), InvalidValueException.class, "SENTENCE_FINE_POSITIVE", null);
        }
    }

    @Nested
    class Every_mutation_on_a_case {

        final List<Consumer<String>> onCase = List.of(
                id -> mutations.startInvestigation(new StartInvestigationInput(id, null, DAY)),
                id -> mutations.addVictim(new AddVictimInput(id, null, new VictimIdentityInput("N", null, null, null),
                        null, null, null, null, null, null, null, null, null)),
                id -> mutations.addAccused(new AddAccusedInput(id, null, null, null, "A", null, null, null, null, null, null)),
                id -> mutations.recordFacts(new RecordFactsInput(id, null, factsInput())),
                id -> mutations.closeInvestigation(new CloseInvestigationInput(id, null, "reason", DAY)),
                id -> mutations.assignCase(new AssignCaseInput(id, null, "inv", null, null, null)),
                id -> mutations.fileChargeSheet(new FileChargeSheetInput(id, null,
                        List.of(new ChargeInput(ACCUSED, "PPC-369A", List.of(VICTIM), null)), DAY)),
                id -> mutations.openTrial(new OpenTrialInput(id, null, DAY)),
                id -> mutations.recordHearing(new RecordHearingInput(id, null, DAY, "Court", "Evidence", null)),
                id -> mutations.recordVerdict(new RecordVerdictInput(id, null, CHARGE, VerdictOutcome.CONVICTED, DAY, null, null, null)),
                id -> mutations.recordSentence(new RecordSentenceInput(id, null, CHARGE, DAY, SentenceKind.DEATH,
                        null, null, null, null)),
                id -> mutations.closeCase(new CloseCaseInput(id, null, DAY)));

        @Test
        void reaches_its_use_case_with_the_case_id_and_the_callers_actor() {
            onCase.forEach(mutation -> mutation.accept(CASE_ID));

            assertThat(commands).hasSize(onCase.size()).allSatisfy(command -> {
                var onTheCase = (org.insaf.application.port.in.CaseCommand) command;
                assertThat(onTheCase.caseId()).isEqualTo(caseId());
                assertThat(onTheCase.actor()).isEqualTo(actor);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"not-a-case-id", "1-1-1-1-1", " " + CASE_ID, CASE_ID + "\u0000", "' OR '1'='1",
                "MWE1YWYwMGQtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDBjMGRl"})
        void refuses_a_malformed_case_id_and_calls_no_use_case(String caseId) {
            for (Consumer<String> mutation : onCase) {
                assertRefused(() -> mutation.accept(caseId), BadInput.class, "ID_FORMAT", BadInput.quote(caseId) + " is not a case id");
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t"})
        void refuses_a_blank_case_id_as_required(String caseId) {
            for (Consumer<String> mutation : onCase) {
                assertRefused(() -> mutation.accept(caseId), BadInput.class, "REQUIRED", "the case id is required");
            }
        }

        @Test
        void refuses_a_huge_case_id_without_echoing_it() {
            String huge = "0".repeat(200_000);
            for (Consumer<String> mutation : onCase) {
                assertRefused(() -> mutation.accept(huge), BadInput.class, "ID_FORMAT",
                        "'" + "0".repeat(40) + "…' is not a case id");
            }
        }
    }
}
