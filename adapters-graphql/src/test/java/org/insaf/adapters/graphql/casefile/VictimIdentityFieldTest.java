package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimIdentityType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimType;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.port.in.ReadVictimIdentityUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Victim.identity, batched: one read per case, each case's refusal confined to its own victims, answers in order. */
class VictimIdentityFieldTest {

    static final String OPEN_CASE = "1a5af00d-0000-4000-8000-00000000c001";
    static final String CLOSED_CASE = "1a5af00d-0000-4000-8000-00000000c002";

    final List<ReadVictimIdentityUseCase.Query> reads = new ArrayList<>();
    final VictimIdentityField field = field();

    VictimIdentityField field() {
        VictimIdentityField f = new VictimIdentityField();
        f.caller = new CallerActor(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("prosecutor-1"))
                .addRole("prosecutor").build());
        f.readIdentities = query -> {
            reads.add(query);
            if (query.caseId().equals(new CaseId(UUID.fromString(CLOSED_CASE)))) {
                throw new AccessRefused("Only the people assigned to the case may read its victims' identities");
            }
            return query.victims().stream().collect(Collectors.toMap(id -> id,
                    id -> new VictimIdentity("Name of " + id.toString().substring(34), null, null, null)));
        };
        return f;
    }

    static VictimType victim(String caseId, String suffix) {
        return new VictimType("1a5af00d-0000-4000-8000-0000000000" + suffix, "V-2017-0000" + suffix, Gender.FEMALE, null,
                null, null, null, List.of(), List.of(), List.of(), RecruiterRelation.UNKNOWN, caseId);
    }

    @Test
    void reads_once_per_case_and_answers_each_victim_in_the_order_asked() {
        List<VictimType> victims = List.of(victim(OPEN_CASE, "a1"), victim(CLOSED_CASE, "b1"), victim(OPEN_CASE, "a2"),
                victim(CLOSED_CASE, "b2"));

        List<VictimIdentityType> answers = field.identity(victims);

        assertThat(reads).hasSize(2);
        assertThat(reads.get(0).caseId()).isEqualTo(new CaseId(UUID.fromString(OPEN_CASE)));
        assertThat(reads.get(0).victims()).containsExactlyInAnyOrder(person("a1"), person("a2"));
        assertThat(reads.get(0).actor().userId()).isEqualTo("prosecutor-1");
        assertThat(reads.get(1).caseId()).isEqualTo(new CaseId(UUID.fromString(CLOSED_CASE)));
        List<Object> items = new ArrayList<>(answers);
        assertThat(items.get(0)).isEqualTo(new VictimIdentityType("Name of a1", null, null, null));
        assertThat(items.get(1)).isInstanceOf(AccessRefused.class);
        assertThat(items.get(2)).isEqualTo(new VictimIdentityType("Name of a2", null, null, null));
        assertThat(items.get(3)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void no_victims_read_nothing() {
        assertThat(field.identity(List.of())).isEmpty();
        assertThat(reads).isEmpty();
    }

    static PersonId person(String suffix) {
        return new PersonId(UUID.fromString("1a5af00d-0000-4000-8000-0000000000" + suffix));
    }
}
