package org.insaf.adapters.persistence.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.AccusedCases;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.person.PersonCandidates;
import org.insaf.application.port.in.ConfirmPersonLinkUseCase;
import org.insaf.application.port.in.FindPersonCandidatesQuery;
import org.insaf.application.port.in.RecordPersonParticularsUseCase;
import org.insaf.application.port.in.RejectPersonCandidateUseCase;
import org.insaf.application.port.in.SeparatePersonUseCase;
import org.insaf.application.port.out.PersonRegister;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.NameNormaliser;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The person register on the real database (V17): records made with the accused, candidates by index, joins. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PersonRegisterPersistenceTest {

    @Inject AccusedCases cases;
    @Inject RecordPersonParticularsUseCase particulars;
    @Inject FindPersonCandidatesQuery candidates;
    @Inject ConfirmPersonLinkUseCase confirm;
    @Inject RejectPersonCandidateUseCase reject;
    @Inject SeparatePersonUseCase separate;
    @Inject PersonRegister persons;
    @Inject PersonNameKeys keys;

    // A surname of this run only, so that no other test's persons are candidates here.
    private final String surname = "Zz" + new java.util.Random().ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    private final String office = "FIA-AHTC-PERSONS-" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(office));
    private final Actor elsewhere = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR),
            Optional.of(office + "-other"));

    private CaseId caseWith(Actor actor, String circle, Trafficker accused) {
        return cases.with(actor, circle, accused);
    }

    private Trafficker recruiter(PersonId id, String name) {
        return Trafficker.person(id, name, Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN);
    }

    private PersonParticulars known(String name, String father, String phone) {
        return new PersonParticulars(List.of(name), father, null, null,
                phone == null ? Set.of() : Set.of(PhoneNumber.of(phone)), "Gujranwala");
    }

    @Test
    void an_accused_gets_a_person_record_and_the_same_person_in_another_case_gets_its_spelling() throws SQLException {
        PersonId id = PersonId.random();
        caseWith(investigator, office, recruiter(id, "Akbar " + surname));
        caseWith(investigator, office, recruiter(id, "Mohd. Akbar " + surname));
        assertThat(QuarkusTransaction.requiringNew().call(() -> persons.load(id))).hasValueSatisfying(p -> assertThat(p.particulars().names())
                .containsExactly("Akbar " + surname, "Mohd. Akbar " + surname));
        assertThat(QuarkusTransaction.requiringNew().call(() -> persons.casesOf(id))).hasSize(2);
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name_key FROM person_name_key WHERE person_id = '" + id + "'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(NameNormaliser.key("Akbar " + surname));
            assertThat(rows.next()).as("both spellings give one key").isFalse();
        }
    }

    @Test
    void candidates_come_from_the_indexes_with_their_reasons_and_hidden_ones_are_counted() {
        PersonId mine = PersonId.random();
        PersonId sameOffice = PersonId.random();
        PersonId otherOffice = PersonId.random();
        PersonId namesake = PersonId.random();
        CaseId first = caseWith(investigator, office, recruiter(mine, "Tariq " + surname));
        CaseId second = caseWith(investigator, office, recruiter(sameOffice, "Tareq " + surname));
        CaseId third = caseWith(elsewhere, office + "-other", recruiter(otherOffice, "Tariq " + surname + " Niazi"));
        CaseId fourth = caseWith(investigator, office, recruiter(namesake, "Tariq " + surname));
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, first, mine,
                known("Tariq " + surname, "Gul " + surname, "0300-7654321")));
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, second, sameOffice,
                known("Tareq " + surname, "Gul " + surname, null)));
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(elsewhere, third, otherOffice,
                known("Tariq " + surname + " Niazi", null, "+923007654321")));
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, fourth, namesake,
                known("Tariq " + surname, "Sher " + surname + "khan", null)));

        PersonCandidates found = candidates.candidates(new FindPersonCandidatesQuery.Query(investigator, first, mine));
        assertThat(found.candidates()).singleElement().satisfies(c -> {
            assertThat(c.person()).isEqualTo(sameOffice);
            assertThat(c.reasons()).containsExactly(MatchReason.SIMILAR_NAME, MatchReason.SAME_FATHER_NAME, MatchReason.SAME_DISTRICT);
            assertThat(c.cases()).containsExactly(second);
        });
        assertThat(found.matchesInOtherOffices()).as("the phone in the other office's case").isEqualTo(1);

        var joined = confirm.confirmLink(new ConfirmPersonLinkUseCase.Command(investigator, first, mine, sameOffice, "photo"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> persons.load(sameOffice)).orElseThrow().joinedToThis()).containsExactly(mine);
        assertThat(joined.joinedTo()).contains(sameOffice);
        assertThat(candidates.candidates(new FindPersonCandidatesQuery.Query(investigator, second, sameOffice))
                .candidates()).isEmpty();
        separate.separate(new SeparatePersonUseCase.Command(investigator, first, mine, "wrong photo"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> persons.load(mine)).orElseThrow().joinedTo()).isEmpty();

        reject.rejectCandidate(new RejectPersonCandidateUseCase.Command(investigator, first, mine, sameOffice, "no"));
        assertThat(candidates.candidates(new FindPersonCandidatesQuery.Query(investigator, first, mine)).candidates())
                .isEmpty();
    }

    @Test
    void keys_of_an_older_normaliser_or_none_are_remade() throws SQLException {
        PersonId id = PersonId.random();
        caseWith(investigator, office, recruiter(id, "Zia-ul-Haq " + surname));
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM person_name_key WHERE person_id = '" + id + "'");
            s.execute("UPDATE person SET key_version = 0 WHERE id = '" + id + "'");
        }
        assertThat(keys.remake()).isPositive();
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT k.name_key, p.key_version FROM person_name_key k JOIN person p ON p.id = k.person_id WHERE p.id = '" + id + "'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(NameNormaliser.key("Zia ul Haq " + surname)).startsWith("ziaulhak ");
            assertThat(rows.getInt(2)).isEqualTo(org.insaf.domain.person.registry.NameNormaliser.VERSION);
        }
    }

    @Test
    void a_close_name_is_sought_in_the_home_district_only_and_the_keys_follow_a_change_of_district() throws SQLException {
        PersonId sought = PersonId.random();
        PersonId sameDistrict = PersonId.random();
        PersonId otherDistrict = PersonId.random();
        CaseId first = caseWith(investigator, office, recruiter(sought, "Imran " + surname));
        CaseId second = caseWith(investigator, office, recruiter(sameDistrict, "Imraan " + surname));
        CaseId third = caseWith(investigator, office, recruiter(otherDistrict, "Imran " + surname));
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, first, sought,
                known("Imran " + surname, "Gul " + surname, null)));
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, second, sameDistrict,
                known("Imraan " + surname, "Gul " + surname, null)));
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, third, otherDistrict,
                new PersonParticulars(List.of("Imran " + surname), "Gul " + surname, null, null, Set.of(), "Sialkot")));

        PersonParticulars wanted = QuarkusTransaction.requiringNew().call(() -> persons.load(sought)).orElseThrow().particulars();
        assertThat(QuarkusTransaction.requiringNew().call(() -> persons.near(sought, wanted, List.of(sought), 50)))
                .extracting(r -> r.person().id()).as("the namesake of Sialkot is not near, however close the name")
                .containsExactly(sameDistrict);
        assertThat(districtOfKeys(otherDistrict)).containsExactly("sialkot");

        // The same person found to live in Gujranwala: its keys move with it, and it is near now.
        particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, third, otherDistrict,
                known("Imran " + surname, "Gul " + surname, null)));
        assertThat(districtOfKeys(otherDistrict)).containsExactly("gujranwala");
        assertThat(QuarkusTransaction.requiringNew().call(() -> persons.near(sought, wanted, List.of(sought), 50)))
                .extracting(r -> r.person().id()).containsExactlyInAnyOrder(sameDistrict, otherDistrict);
        // Without a district nothing is near by name alone (a phone or a document still finds a person).
        PersonParticulars nowhere = new PersonParticulars(List.of("Imran " + surname), "Gul " + surname, null, null, Set.of(), null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> persons.near(sought, nowhere, List.of(sought), 50))).isEmpty();
    }

    private static List<String> districtOfKeys(PersonId id) throws SQLException {
        List<String> districts = new java.util.ArrayList<>();
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT district_key FROM person_name_key WHERE person_id = '" + id + "'")) {
            while (rows.next()) {
                districts.add(rows.getString(1));
            }
        }
        return districts;
    }
}
