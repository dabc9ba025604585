package org.insaf.adapters.persistence.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.adapters.persistence.embedded.IdentityKeyFile;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.adapters.persistence.victim.PostgresVictimRegister;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.RecordVictimParticularsUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.in.VictimHistoryQuery;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.registry.BlindIndexTerm;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.person.registry.VictimMatchTerms;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rotating the identity key on the real database: rows sealed with a previous key (k0) are read
 * with it, `identity rekey` moves every row and its blind index to the current key (k1) with the
 * plaintexts unchanged, a second run does nothing, a key id the service does not hold is refused by
 * name and changes nothing, and an edit made while the rekey runs keeps its values.
 * <p>
 * The rows are moved to k0 behind the service's back, as an older configuration would have sealed
 * them; every test leaves them on k1, so that the other test classes, which hold k1 only, start.
 */
@QuarkusTest
@TestProfile(IdentityKeyRotationTest.WithAPreviousKey.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class IdentityKeyRotationTest {

    static final String PREVIOUS_KEY = IdentityKeyFile.newKey();

    /** A previous key, and the schema owner's connection, as `identity rekey` has (the service's role may not rewrite identities). */
    public static class WithAPreviousKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> database = PostgresTestDatabase.database().quarkusConfig();
            return Map.of("insaf.identity.previous-keys", "k0:" + PREVIOUS_KEY,
                    "quarkus.datasource.username", database.get("quarkus.flyway.username"),
                    "quarkus.datasource.password", database.get("quarkus.flyway.password"),
                    // Whichever test class migrates the shared database first, the grants go to the service's role.
                    "quarkus.flyway.placeholders.app_role", database.get("quarkus.datasource.username"));
        }
    }

    private static final String[] IDENTITY_FIELDS = {"name", "cnic", "contact", "address"};
    private static final String[] IDENTITY_COLUMNS = {"name_enc", "cnic_enc", "contact_enc", "address_enc"};
    private static final String[] PERSON_FIELDS = {"person.names", "person.father", "person.cnic", "person.passport",
            "person.phones", "person.district"};
    private static final String[] PERSON_COLUMNS = {"names_enc", "father_enc", "cnic_enc", "passport_enc", "phones_enc",
            "district_enc"};

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject AddVictimUseCase addVictim;
    @Inject RecordVictimParticularsUseCase record;
    @Inject VictimHistoryQuery history;
    @Inject VictimIdentityReader identities;
    @Inject PostgresVictimRegister victims;
    @Inject IdentityRekeying rekeying;
    @Inject IdentityCipher cipher;

    @ConfigProperty(name = "insaf.identity.key")
    String currentKey;

    private final String surname = "Rk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String office = "FIA-AHTC-REKEY-" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(office));

    private record Victim(CaseId caseId, PersonId id, VictimIdentity identity) {
    }

    @AfterEach
    void everyRowBackOnTheCurrentKey() {
        rekeying.rekey(100);
    }

    private Victim victim(String name, LocalDate registered) {
        CaseId id = register.registerCase(new RegisterCaseUseCase.Command(investigator,
                new FirNumber("FIR " + UUID.randomUUID().toString().substring(0, 6)), new FiaCircle(office),
                registered, Set.of(StatuteCode.of("PTPA-3")))).id();
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, id, Optional.empty(),
                registered.plusDays(1)));
        VictimIdentity identity = new VictimIdentity(name, "35202-" + (1_000_000 + Math.abs(name.hashCode() % 8_999_999)) + "-2",
                "0300-" + (1_000_000 + Math.abs(name.hashCode() % 8_999_999)), "Mohalla " + name);
        PersonId victim = addVictim.addVictim(new AddVictimUseCase.Command(investigator, id, Optional.empty(),
                identity, new VictimDetails(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(2002, 2, 2)), CountryCode.PAKISTAN,
                Set.of(), Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), RecruiterRelation.FRIEND))).victims().get(0).id();
        return new Victim(id, victim, identity);
    }

    private PersonParticulars particularsOf(Victim victim, String father) {
        PersonParticulars particulars = new PersonParticulars(List.of(victim.identity().name(), "Bibi " + surname),
                father, null, "AB" + (1_000_000 + Math.abs(father.hashCode() % 8_999_999)), Set.of(PhoneNumber.of("0301-" + (1_000_000
                + Math.abs(father.hashCode() % 8_999_999)))), "Kasur");
        record.recordVictimParticulars(new RecordVictimParticularsUseCase.Command(investigator, victim.caseId(), victim.id(),
                particulars));
        return particulars;
    }

    private VictimIdentity identityOf(Victim victim) {
        return QuarkusTransaction.requiringNew().call(() -> identities.read(victim.caseId(), Set.of(victim.id())))
                .get(victim.id());
    }

    private Optional<PersonParticulars> particularsStored(Victim victim) {
        return QuarkusTransaction.requiringNew().call(() -> victims.particulars(victim.id()));
    }

    /** Seals the victim's rows (and the blind index of its particulars) with the previous key, as an older configuration did. */
    private void sealWithThePreviousKey(Victim victim, PersonParticulars particulars) throws SQLException {
        IdentityCipher current = new IdentityCipher(currentKey, "k1");
        IdentityCipher previous = new IdentityCipher(PREVIOUS_KEY, "k0");
        UUID id = victim.id().value();
        try (Connection c = PostgresTestDatabase.database().connectAsOwner()) {
            reseal(c, "victim_identity", IDENTITY_COLUMNS, IDENTITY_FIELDS, id, current, previous);
            if (particulars != null) {
                reseal(c, "victim_person", PERSON_COLUMNS, PERSON_FIELDS, id, current, previous);
                BlindIndex index = new BlindIndex(PREVIOUS_KEY);
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM victim_blind_index WHERE victim_id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
                for (BlindIndexTerm term : VictimMatchTerms.of(particulars)) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO victim_blind_index (victim_id, digest, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                        insert.setObject(1, id);
                        insert.setBytes(2, index.digest(term));
                        insert.setString(3, term.reason().name());
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    private static void reseal(Connection c, String table, String[] columns, String[] fields, UUID id, IdentityCipher from,
                               IdentityCipher to) throws SQLException {
        byte[][] values = new byte[columns.length][];
        try (PreparedStatement select = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table
                + " WHERE victim_id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as(table + " row of " + id).isTrue();
                for (int i = 0; i < columns.length; i++) {
                    values[i] = to.encrypt(from.decrypt("k1", row.getBytes(i + 1), id, fields[i]), id, fields[i]);
                }
            }
        }
        List<String> sets = new ArrayList<>();
        Arrays.stream(columns).forEach(column -> sets.add(column + " = ?"));
        try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET key_id = ?, " + String.join(", ", sets)
                + " WHERE victim_id = ?")) {
            update.setString(1, to.keyId());
            for (int i = 0; i < columns.length; i++) {
                update.setBytes(i + 2, values[i]);
            }
            update.setObject(columns.length + 2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String keyOf(String table, Victim victim) throws SQLException {
        return owner("SELECT key_id FROM " + table + " WHERE victim_id = ?", victim.id().value(), 1).get(0);
    }

    private static List<String> owner(String sql, Object parameter, int columns) throws SQLException {
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        values.add(rows.getString(i));
                    }
                }
            }
            return values;
        }
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void a_value_sealed_with_a_previous_key_is_read_with_it() throws SQLException {
        Victim victim = victim("Nasreen " + surname, LocalDate.of(2019, 4, 1));
        PersonParticulars particulars = particularsOf(victim, "Allah Ditta " + surname);
        sealWithThePreviousKey(victim, particulars);
        assertThat(keyOf("victim_identity", victim)).isEqualTo("k0");

        assertThat(identityOf(victim)).isEqualTo(victim.identity());
        assertThat(particularsStored(victim)).contains(particulars);
    }

    @Test
    void rekey_moves_every_row_to_the_current_key_with_the_plaintexts_unchanged_and_matching_works_again() throws SQLException {
        Victim first = victim("Parveen " + surname, LocalDate.of(2018, 1, 5));
        Victim second = victim("Shamim " + surname, LocalDate.of(2018, 2, 5));
        Victim third = victim("Zarina " + surname, LocalDate.of(2018, 3, 5));
        PersonParticulars firstParticulars = particularsOf(first, "Ghulam Rasool " + surname);
        PersonParticulars secondParticulars = particularsOf(second, "Noor Din " + surname);
        for (Victim v : List.of(first, second, third)) {
            sealWithThePreviousKey(v, v == first ? firstParticulars : v == second ? secondParticulars : null);
        }
        // A victim recorded after the rotation, with the current key: the same person as the first.
        Victim later = victim("Parveen " + surname, LocalDate.of(2023, 1, 5));
        particularsOf(later, "Ghulam Rasool " + surname);
        assertThat(history.history(new VictimHistoryQuery.Query(investigator, later.caseId(), later.id(), false))
                .otherCases()).as("digests of two keys do not meet").isEmpty();

        IdentityRekeying.Report report = rekeying.rekey(2);

        assertThat(report.identities()).isGreaterThanOrEqualTo(3);
        assertThat(report.particulars()).isGreaterThanOrEqualTo(2);
        assertThat(report.batches()).isGreaterThanOrEqualTo(3);
        assertThat(report.leftByKey()).isEmpty();
        assertThat(report.describe()).contains("identity key 'k1'").contains("left on other keys: none");
        for (Victim v : List.of(first, second, third)) {
            assertThat(keyOf("victim_identity", v)).isEqualTo("k1");
            assertThat(identityOf(v)).isEqualTo(v.identity());
        }
        assertThat(keyOf("victim_person", first)).isEqualTo("k1");
        assertThat(particularsStored(first)).contains(firstParticulars);
        assertThat(particularsStored(second)).contains(secondParticulars);
        assertThat(history.history(new VictimHistoryQuery.Query(investigator, later.caseId(), later.id(), false))
                .otherCases()).extracting(o -> o.victim()).containsExactly(first.id());

        // One audit entry per batch, about no case, with counts and key ids only.
        List<String> audited = owner("SELECT detail FROM audit_entry WHERE action = ? AND case_id IS NULL ORDER BY sequence",
                "REKEY_IDENTITIES", 1);
        assertThat(audited).hasSizeGreaterThanOrEqualTo(report.batches());
        assertThat(audited.subList(audited.size() - report.batches(), audited.size())).allSatisfy(detail -> assertThat(detail)
                .startsWith("re-encrypted under identity key 'k1': ").doesNotContain(surname));
    }

    @Test
    void rekey_twice_is_a_no_op() throws SQLException {
        Victim victim = victim("Sakina " + surname, LocalDate.of(2020, 6, 1));
        sealWithThePreviousKey(victim, particularsOf(victim, "Fazal " + surname));
        rekeying.rekey(50);
        List<String> sealed = owner("SELECT encode(name_enc, 'hex') FROM victim_identity WHERE victim_id = ?",
                victim.id().value(), 1);
        long entries = Long.parseLong(owner("SELECT count(*) FROM audit_entry WHERE action = ?", "REKEY_IDENTITIES", 1).get(0));

        IdentityRekeying.Report again = rekeying.rekey(50);

        assertThat(again.identities()).isZero();
        assertThat(again.particulars()).isZero();
        assertThat(again.batches()).isZero();
        assertThat(again.leftByKey()).isEmpty();
        assertThat(owner("SELECT encode(name_enc, 'hex') FROM victim_identity WHERE victim_id = ?", victim.id().value(), 1))
                .isEqualTo(sealed);
        assertThat(Long.parseLong(owner("SELECT count(*) FROM audit_entry WHERE action = ?", "REKEY_IDENTITIES", 1).get(0)))
                .isEqualTo(entries);
    }

    @Test
    void a_key_id_the_service_does_not_hold_is_refused_by_name_and_the_rekey_changes_nothing() throws SQLException {
        Victim unknown = victim("Rukhsana " + surname, LocalDate.of(2021, 1, 1));
        Victim previous = victim("Tahira " + surname, LocalDate.of(2021, 2, 1));
        sealWithThePreviousKey(previous, null);
        execute("UPDATE victim_identity SET key_id = 'k9' WHERE victim_id = ?", unknown.id().value());
        try {
            assertThatThrownBy(() -> identityOf(unknown)).isInstanceOf(UnknownIdentityKey.class)
                    .hasMessageContaining("identity key 'k9'").hasMessageContaining("insaf.identity.previous-keys")
                    .satisfies(e -> assertThat(((UnknownIdentityKey) e).keyId()).isEqualTo("k9"));
            assertThatThrownBy(() -> rekeying.rekey(10)).isInstanceOf(UnknownIdentityKey.class)
                    .hasMessageContaining("identity key 'k9'");
            // What a service starting with this configuration meets: it does not start.
            assertThatThrownBy(() -> rekeying.checkAtStartup(null)).isInstanceOf(UnknownIdentityKey.class)
                    .hasMessageContaining("identity key 'k9'");
            assertThat(keyOf("victim_identity", previous)).as("nothing moved").isEqualTo("k0");
        } finally {
            execute("UPDATE victim_identity SET key_id = 'k1' WHERE victim_id = ?", unknown.id().value());
        }
        assertThat(identityOf(unknown)).isEqualTo(unknown.identity());
    }

    @Test
    void an_edit_made_while_the_rekey_runs_keeps_its_values() throws Exception {
        Victim edited = victim("Farzana " + surname, LocalDate.of(2022, 3, 1));
        Victim other = victim("Kausar " + surname, LocalDate.of(2022, 4, 1));
        sealWithThePreviousKey(edited, particularsOf(edited, "Bashir " + surname));
        sealWithThePreviousKey(other, particularsOf(other, "Nazir " + surname));
        PersonParticulars edit = new PersonParticulars(List.of("Farzana Kausar " + surname), "Bashir Ahmad " + surname,
                null, null, Set.of(), "Okara");

        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> editing = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            victims.save(edited.id(), edit, java.time.Instant.now());
            saved.countDown();
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
        assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();
        IdentityRekeying.Report report;
        try {
            report = rekeying.rekey(10);
        } finally {
            release.countDown();
        }
        editing.get(30, TimeUnit.SECONDS);

        // The row the edit held was skipped, not overwritten; the edit sealed it with the current key itself.
        assertThat(report.leftByKey()).containsEntry("k0", 1L);
        assertThat(keyOf("victim_person", other)).isEqualTo("k1");
        assertThat(keyOf("victim_person", edited)).isEqualTo("k1");
        assertThat(particularsStored(edited)).contains(edit);
        assertThat(cipher.keyId()).isEqualTo("k1");
    }
}
