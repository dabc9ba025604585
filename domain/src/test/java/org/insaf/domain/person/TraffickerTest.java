package org.insaf.domain.person;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraffickerTest {

    @Test
    void traffickers_link_into_networks() {
        PersonId agent = PersonId.random();
        PersonId subAgent = PersonId.random();
        Trafficker recruiter = Trafficker.person(agent, "Rafiq", Set.of(TraffickerRole.ILLEGAL_LABOUR_AGENT),
                CountryCode.PAKISTAN).linkedTo(subAgent);
        assertThat(recruiter.links()).containsExactly(subAgent);
        assertThat(recruiter.roles()).containsExactly(TraffickerRole.ILLEGAL_LABOUR_AGENT);
        assertThat(recruiter.kind()).isEqualTo(TraffickerKind.PERSON);
        assertThatThrownBy(() -> recruiter.linkedTo(agent)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("TRAFFICKER_NOT_LINKED_TO_ITSELF"));
    }

    @Test
    void organisations_have_no_cnic() {
        Trafficker group = Trafficker.organisation(PersonId.random(), "A militant group", Set.of(TraffickerRole.MILITANT_GROUP));
        assertThat(group.kind()).isEqualTo(TraffickerKind.ORGANISATION);
        assertThatThrownBy(() -> group.withCnic("35202-1234567-1")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("CNIC_ONLY_FOR_PERSONS"));
        Trafficker person = Trafficker.person(PersonId.random(), "B", Set.of(), null);
        assertThat(person.withCnic("35202-1234567-1").cnic()).isEqualTo("35202-1234567-1");
        assertThatThrownBy(() -> person.withCnic("35202")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("CNIC_FORMAT"));
        assertThatThrownBy(() -> Trafficker.person(PersonId.random(), "", Set.of(), null))
                .isInstanceOf(InvalidValueException.class);
    }
}
