package org.insaf.adapters.persistence.victim;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.error.PersonNotFound;
import org.insaf.application.person.VictimHistory;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.ConfirmVictimLinkUseCase;
import org.insaf.application.port.in.RecordVictimParticularsUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.RejectVictimCandidateUseCase;
import org.insaf.application.port.in.SeparateVictimUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.in.VictimHistoryQuery;
import org.insaf.application.port.in.VictimPairCommand;
import org.insaf.application.port.out.AuditLog;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Victims across cases on the real database (V20): particulars encrypted, matched by keyed digests
 * only, links made and undone without touching either case.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class VictimRegisterPersistenceTest {

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject AddVictimUseCase addVictim;
    @Inject RecordVictimParticularsUseCase record;
    @Inject VictimHistoryQuery history;
    @Inject ConfirmVictimLinkUseCase confirm;
    @Inject RejectVictimCandidateUseCase reject;
    @Inject SeparateVictimUseCase separate;
    @Inject CaseLoader loader;
    @Inject AuditLog audit;

    // A surname and numbers of this run only, so that no other test's victims match here.
    private final Random random = new Random();
    private final String surname = "Qq" + random.ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    private final String phone = "0301-" + (1_000_000 + random.nextInt(8_999_999));
    private final String cnic = (10_000 + random.nextInt(89_999)) + "-" + (1_000_000 + random.nextInt(8_999_999)) + "-4";
    private final String office = "FIA-AHTC-VICTIMS-" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(office));
    private final Actor elsewhere = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR),
            Optional.of(office + "-OTHER"));

    private record Victim(CaseId caseId, PersonId id) {
    }

    private Victim victimIn(Actor actor, String circle, LocalDate registered, String name) {
        CaseId id = register.registerCase(new RegisterCaseUseCase.Command(actor,
                new FirNumber("FIR " + UUID.randomUUID().toString().substring(0, 6)), new FiaCircle(circle),
                registered, Set.of(StatuteCode.of("PTPA-3")))).id();
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(actor, id, Optional.empty(),
                registered.plusDays(1)));
        PersonId victim = addVictim.addVictim(new AddVictimUseCase.Command(actor, id, Optional.empty(),
                new VictimIdentity(name, null, null, null), new VictimDetails(Gender.FEMALE,
                AgeEvidence.bornOn(LocalDate.of(2001, 5, 1)), CountryCode.PAKISTAN, Set.of(),
                Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), RecruiterRelation.FRIEND))).victims().get(0).id();
        return new Victim(id, victim);
    }

    private void particulars(Actor actor, Victim victim, PersonParticulars particulars) {
        record.recordVictimParticulars(new RecordVictimParticularsUseCase.Command(actor, victim.caseId(), victim.id(),
                particulars));
    }

    private VictimHistory historyOf(Actor actor, Victim victim, boolean withIdentities) {
        return history.history(new VictimHistoryQuery.Query(actor, victim.caseId(), victim.id(), withIdentities));
    }

    @Test
    void a_victim_spelled_differently_years_later_is_found_by_name_and_father_s_name_and_told_as_trafficked_before() {
        Victim earlier = victimIn(investigator, office, LocalDate.of(2019, 3, 1), "Shazia " + surname);
        Victim later = victimIn(investigator, office, LocalDate.of(2022, 6, 1), "Mst. Shazia Bibi " + surname);
        particulars(investigator, earlier, new PersonParticulars(List.of("Shazia Bibi " + surname, "شازیہ"),
                "Muhammad Asif " + surname, null, null, Set.of(), "Kasur"));
        particulars(investigator, later, new PersonParticulars(List.of("Mst. Shazia " + surname), "Mohd. Asif " + surname,
                null, null, Set.of(), "KASUR"));

        VictimHistory seen = historyOf(investigator, later, true);
        assertThat(seen.traffickedBefore()).isTrue();
        assertThat(seen.otherCases()).singleElement().satisfies(o -> {
            assertThat(o.victim()).isEqualTo(earlier.id());
            assertThat(o.caseId()).isEqualTo(earlier.caseId());
            assertThat(o.earlier()).isTrue();
            assertThat(o.confirmed()).isFalse();
            assertThat(o.reasons()).containsExactlyInAnyOrder(MatchReason.SAME_NAME, MatchReason.SAME_FATHER_NAME,
                    MatchReason.SAME_DISTRICT);
            assertThat(o.pseudonym()).startsWith("V-2019-");
            // The lead investigator of both cases may read both identities.
            assertThat(o.identity()).map(VictimIdentity::name).contains("Shazia " + surname);
        });
        assertThat(seen.particulars()).map(PersonParticulars::fatherName).contains("Mohd. Asif " + surname);

        VictimHistory back = historyOf(investigator, earlier, false);
        assertThat(back.traffickedBefore()).isFalse();
        assertThat(back.otherCases()).singleElement().satisfies(o -> {
            assertThat(o.earlier()).isFalse();
            assertThat(o.identity()).isEmpty();
        });
        assertThat(back.particulars()).isEmpty();
        assertThat(audit.entriesOf(earlier.caseId())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ_VICTIM_IDENTITY);
            assertThat(e.detail()).contains("as the victim in another case of V-2022-").doesNotContain(surname);
        });
        assertThat(audit.entriesOf(later.caseId())).extracting(e -> e.action())
                .contains(AuditAction.RECORD_VICTIM_PARTICULARS, AuditAction.READ_VICTIM_HISTORY);
    }

    @Test
    void a_victim_in_another_office_is_only_counted_and_cannot_be_linked_from_here() {
        Victim mine = victimIn(investigator, office, LocalDate.of(2021, 1, 10), "Kiran " + surname);
        Victim theirs = victimIn(elsewhere, office + "-OTHER", LocalDate.of(2018, 1, 10), "Kiran " + surname);
        particulars(investigator, mine, new PersonParticulars(List.of("Kiran " + surname), null, null, null,
                Set.of(PhoneNumber.of(phone)), null));
        particulars(elsewhere, theirs, new PersonParticulars(List.of("Kiran " + surname), null, null, null,
                Set.of(PhoneNumber.of("+92 " + phone.substring(1).replace("-", " "))), null));

        VictimHistory seen = historyOf(investigator, mine, true);
        assertThat(seen.otherCases()).isEmpty();
        assertThat(seen.casesInOtherOffices()).isEqualTo(1);
        assertThat(seen.traffickedBefore()).isTrue();
        assertThatThrownBy(() -> confirm.confirmVictimLink(new VictimPairCommand(investigator,
                mine.caseId(), mine.id(), theirs.id(), "a guess"))).isInstanceOf(PersonNotFound.class);

        VictimHistory there = historyOf(elsewhere, theirs, false);
        assertThat(there.casesInOtherOffices()).isEqualTo(1);
        assertThat(there.traffickedBefore()).isFalse();
    }

    @Test
    void a_link_confirmed_and_undone_leaves_both_cases_as_they_were_and_is_on_the_trail() {
        Victim earlier = victimIn(investigator, office, LocalDate.of(2017, 8, 1), "Rani " + surname);
        Victim later = victimIn(investigator, office, LocalDate.of(2020, 8, 1), "Rani " + surname);
        particulars(investigator, earlier, new PersonParticulars(List.of("Rani " + surname), null, cnic, null, Set.of(), null));
        CaseSnapshot[] before = {snapshot(earlier), snapshot(later)};

        confirm.confirmVictimLink(new VictimPairCommand(investigator, later.caseId(), later.id(),
                earlier.id(), "her mother identified her in both FIRs"));
        assertThat(historyOf(investigator, later, false).otherCases()).singleElement()
                .satisfies(o -> assertThat(o.confirmed()).isTrue());
        assertThat(historyOf(investigator, earlier, false).otherCases()).singleElement()
                .satisfies(o -> assertThat(o.victim()).isEqualTo(later.id()));
        assertThatThrownBy(() -> confirm.confirmVictimLink(new VictimPairCommand(investigator,
                earlier.caseId(), earlier.id(), later.id(), "again"))).isInstanceOf(InvariantViolation.class)
                .satisfies(e -> assertThat(((InvariantViolation) e).rule()).isEqualTo(Rule.VICTIM_LINK));

        separate.separateVictim(new VictimPairCommand(investigator, later.caseId(), later.id(), earlier.id(),
                "two sisters of one name"));
        assertThat(historyOf(investigator, later, false).otherCases()).isEmpty();
        assertThatThrownBy(() -> separate.separateVictim(new VictimPairCommand(investigator, later.caseId(),
                later.id(), earlier.id(), "again"))).isInstanceOf(InvariantViolation.class)
                .satisfies(e -> assertThat(((InvariantViolation) e).rule()).isEqualTo(Rule.VICTIM_UNLINK));
        assertThat(new CaseSnapshot[] {snapshot(earlier), snapshot(later)}).isEqualTo(before);
        assertThat(audit.entriesOf(later.caseId())).filteredOn(e -> e.action() == AuditAction.CONFIRM_VICTIM_LINK
                || e.action() == AuditAction.SEPARATE_VICTIM).extracting(e -> e.detail())
                .satisfiesExactly(d -> assertThat(d).contains("her mother identified her"),
                        d -> assertThat(d).contains("two sisters of one name"));

        // A rejected match is not shown again, either way round.
        particulars(investigator, later, new PersonParticulars(List.of("Rani " + surname), null, cnic, null, Set.of(), null));
        assertThat(historyOf(investigator, earlier, false).otherCases()).hasSize(1);
        reject.rejectVictimCandidate(new VictimPairCommand(investigator, later.caseId(), later.id(),
                earlier.id(), "NADRA says the CNIC was misread"));
        assertThat(historyOf(investigator, earlier, false).otherCases()).isEmpty();
        assertThat(historyOf(investigator, later, false).otherCases()).isEmpty();
    }

    @Test
    void particulars_are_stored_encrypted_and_digests_give_no_value_away() throws SQLException {
        Victim victim = victimIn(investigator, office, LocalDate.of(2020, 2, 2), "Nasreen " + surname);
        particulars(investigator, victim, new PersonParticulars(List.of("Nasreen " + surname, "نسرین"),
                "Ghulam Rasool " + surname, cnic, "AB1234567", Set.of(PhoneNumber.of(phone)), "Sialkot"));
        String digits = PhoneNumber.of(phone).digits();
        try (Connection c = PostgresTestDatabase.database().connectAsOwner();
             PreparedStatement read = c.prepareStatement("""
                     SELECT names_enc, father_enc, cnic_enc, passport_enc, phones_enc, district_enc
                     FROM victim_person WHERE victim_id = ?""")) {
            read.setObject(1, victim.id().value());
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= 6; column++) {
                    byte[] bytes = row.getBytes(column);
                    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
                    String utf8 = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(raw).doesNotContain(surname).doesNotContain(cnic).doesNotContain(digits)
                            .doesNotContain("AB1234567").doesNotContain("Sialkot");
                    assertThat(utf8).doesNotContain("نسرین");
                    assertThat(bytes.length).isGreaterThan(12 + 16);
                }
            }
            // Nowhere in the database does any particular appear in clear (digests as hex included).
            try (PreparedStatement search = c.prepareStatement("""
                    SELECT count(*) FROM (
                      SELECT to_jsonb(p)::text AS t FROM victim_person p UNION ALL SELECT to_jsonb(b)::text FROM victim_blind_index b
                      UNION ALL SELECT to_jsonb(v)::text FROM victim v UNION ALL SELECT to_jsonb(e)::text FROM audit_entry e
                      ) rows WHERE t ILIKE ? OR t LIKE ? OR t LIKE ? OR t LIKE ?""")) {
                search.setString(1, "%" + surname + "%");
                search.setString(2, "%" + cnic.replace("-", "") + "%");
                search.setString(3, "%" + digits + "%");
                search.setString(4, "%AB1234567%");
                try (ResultSet found = search.executeQuery()) {
                    found.next();
                    assertThat(found.getInt(1)).isZero();
                }
            }
            try (PreparedStatement terms = c.prepareStatement(
                    "SELECT reason, octet_length(digest) FROM victim_blind_index WHERE victim_id = ? ORDER BY reason")) {
                terms.setObject(1, victim.id().value());
                try (ResultSet found = terms.executeQuery()) {
                    List<String> reasons = new java.util.ArrayList<>();
                    while (found.next()) {
                        reasons.add(found.getString(1));
                        assertThat(found.getInt(2)).isEqualTo(32);
                    }
                    // Two names (romanised, Urdu) with the father's name, the CNIC, the passport, the phone.
                    assertThat(reasons).containsExactly("SAME_CNIC", "SAME_NAME", "SAME_NAME", "SAME_PASSPORT", "SAME_PHONE");
                }
            }
        }
    }

    private CaseSnapshot snapshot(Victim victim) {
        return loader.load(victim.caseId()).orElseThrow().snapshot();
    }
}
