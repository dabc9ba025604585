package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.PersonNotFound;
import org.insaf.application.person.network.PersonNetwork;
import org.insaf.application.port.in.ReadNetworkQuery;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.registry.NetworkBounds;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The network around a case or a person (issue 18 item 4): a chain of Lahore cases A - B - C - D
 * joined by the accused P1, P2, P3, and a Karachi case K of P1 with its own accused PK and victim.
 * Lahore never sees anything of K but that it exists; hops and nodes are bounded; every read is audited.
 */
class NetworkTest {

    Insaf app;
    NetworkFixture table;
    NetworkService service;
    CaseId a;
    CaseId b;
    CaseId c;
    CaseId d;
    CaseId k;
    final PersonId p1 = PersonId.random();
    final PersonId p2 = PersonId.random();
    final PersonId p3 = PersonId.random();
    final PersonId pk = PersonId.random();

    @BeforeEach
    void chain() {
        app = new Insaf();
        table = new NetworkFixture();
        service = new NetworkService(app.runner, table);
        a = table.addCase(CaseStory.register(app).id(), "FIR 1/2019", Actors.LAHORE, "PK>AE");
        b = table.addCase("FIR 2/2019", Actors.LAHORE, "PK>IR>TR");
        k = table.addCase("FIR 9/2019", Actors.KARACHI, "PK>OM");
        c = table.addCase("FIR 3/2019", Actors.LAHORE);
        d = table.addCase("FIR 4/2019", Actors.LAHORE);
        table.accuse(a, p1, "Rashid Khan", TraffickerRole.RECRUITER);
        table.accuse(b, p1, "Rasheed Khaan", TraffickerRole.RECRUITER);
        table.accuse(k, p1, "Mohd. Rashid", TraffickerRole.RECRUITER);
        table.accuse(k, pk, "Karachi Secret Agent", TraffickerRole.TRANSPORTER);
        table.accuse(b, p2, "Aslam Butt", TraffickerRole.TRANSPORTER);
        table.worksWith(b, p2, p1);
        table.accuse(c, p2, "Aslam Butt", TraffickerRole.HARBOURER);
        table.accuse(c, p3, "Nazir Ahmed", TraffickerRole.EXPLOITER);
        table.accuse(d, p3, "Nazir Ahmad", TraffickerRole.EXPLOITER);
        table.victim(a, "V-2019-000001", RecruiterRelation.FRIEND, p1);
        table.victim(b, "V-2019-000002", RecruiterRelation.FAMILY, p1, p2);
        table.victim(k, "V-2019-000009", RecruiterRelation.INTIMATE_PARTNER, p1, pk);
    }

    PersonNetwork aroundCase(Actor actor, CaseId id, int depth, int maxNodes) {
        return service.network(new ReadNetworkQuery.Query(actor, Optional.of(id), Optional.empty(),
                new NetworkBounds(depth, maxNodes)));
    }

    PersonNetwork aroundPerson(Actor actor, PersonId id, int depth) {
        return service.network(new ReadNetworkQuery.Query(actor, Optional.empty(), Optional.of(id),
                new NetworkBounds(depth, NetworkBounds.MAX_NODES)));
    }

    static List<PersonId> persons(PersonNetwork n) {
        return n.persons().stream().map(PersonNetwork.Person::id).toList();
    }

    static List<CaseId> cases(PersonNetwork n) {
        return n.cases().stream().map(PersonNetwork.Case::id).toList();
    }

    @Nested
    class Hops {

        @Test
        void one_hop_from_a_case_is_its_accused_and_their_cases() {
            PersonNetwork n = aroundCase(Actors.LEAD, a, 1, 200);
            assertThat(persons(n)).containsExactly(p1);
            assertThat(cases(n)).containsExactly(a, b);
            assertThat(n.persons().get(0).names()).containsExactly("Rashid Khan", "Rasheed Khaan");
        }

        @Test
        void each_further_hop_takes_in_the_accused_of_the_cases_reached_and_their_cases() {
            assertThat(persons(aroundCase(Actors.LEAD, a, 2, 200))).containsExactly(p1, p2);
            assertThat(cases(aroundCase(Actors.LEAD, a, 2, 200))).containsExactly(a, b, c);
            PersonNetwork three = aroundCase(Actors.LEAD, a, 3, 200);
            assertThat(persons(three)).containsExactly(p1, p2, p3);
            assertThat(cases(three)).containsExactly(a, b, c, d);
            assertThat(three.truncated()).isFalse();
        }

        @Test
        void each_hop_is_one_read_and_the_content_one_more_whatever_the_size() {
            table.reads = 0;
            aroundCase(Actors.LEAD, a, 3, 200);
            assertThat(table.reads).isEqualTo(3 + 1);
            table.reads = 0;
            aroundPerson(Actors.LEAD, p3, 3);
            assertThat(table.reads).as("the person's cases, three hops, the content").isEqualTo(1 + 3 + 1);
            PersonId alone = PersonId.random();
            table.accuse(table.addCase("FIR 5/2019", Actors.LAHORE), alone, "Alone");
            table.reads = 0;
            aroundPerson(Actors.LEAD, alone, 3);
            assertThat(table.reads).as("no hop once nothing is left to follow").isEqualTo(1 + 1 + 1);
        }

        @Test
        void around_a_person_it_starts_from_every_case_of_theirs_the_caller_may_see() {
            PersonNetwork n = aroundPerson(Actors.LEAD, p2, 1);
            assertThat(n.startPerson()).contains(p2);
            assertThat(cases(n)).containsExactlyInAnyOrder(b, c, a, d);
            assertThat(persons(n)).containsExactly(p2, p1, p3);
            assertThat(aroundPerson(Actors.LEAD, p3, 1).startPerson()).contains(p3);
        }
    }

    @Nested
    class WhatTheCallerMayNotSee {

        @Test
        void a_case_of_another_office_is_only_counted_and_never_followed() {
            PersonNetwork n = aroundCase(Actors.LEAD, a, 3, 200);
            assertThat(cases(n)).doesNotContain(k);
            assertThat(persons(n)).doesNotContain(pk);
            assertThat(n.casesInOtherOffices()).isEqualTo(1);
            assertThat(n.persons().get(0).casesInOtherOffices()).isEqualTo(1);
            assertThat(n.howToAskForAccess()).contains(NetworkService.HOW_TO_ASK);
            assertThat(n.victims()).extracting(PersonNetwork.Victim::pseudonym)
                    .containsExactly("V-2019-000001", "V-2019-000002");
            assertThat(n.toString()).doesNotContain("Mohd. Rashid", "Karachi Secret Agent", "V-2019-000009",
                    k.toString(), pk.toString(), "FIR 9/2019", "PK>OM", Actors.KARACHI);
        }

        @Test
        void an_admin_sees_every_office_and_follows_through_it() {
            PersonNetwork n = aroundCase(Actors.ADMIN, a, 2, 200);
            assertThat(cases(n)).contains(k);
            assertThat(persons(n)).contains(pk);
            assertThat(n.casesInOtherOffices()).isZero();
            assertThat(n.howToAskForAccess()).isEmpty();
        }

        @Test
        void a_case_the_caller_may_not_see_is_not_found_and_the_attempt_is_audited() {
            assertThatThrownBy(() -> aroundCase(Actors.OUTSIDER, a, 2, 200)).isInstanceOf(CaseNotFound.class);
            assertThat(app.audit.entriesOf(a)).extracting(AuditEntry::action).contains(AuditAction.READ_CASE_REFUSED);
        }

        @Test
        void a_person_only_in_cases_the_caller_may_not_see_is_not_found() {
            assertThatThrownBy(() -> aroundPerson(Actors.LEAD, pk, 2)).isInstanceOf(PersonNotFound.class)
                    .hasMessage("Person " + pk + " does not exist in a case open to you");
            assertThatThrownBy(() -> aroundPerson(Actors.LEAD, PersonId.random(), 2)).isInstanceOf(PersonNotFound.class);
        }

        @Test
        void analysts_auditors_and_people_without_roles_are_refused_before_anything_is_read() {
            for (Actor actor : List.of(Actors.ANALYST, Actors.AUDITOR, Actors.NO_ROLES)) {
                table.reads = 0;
                assertThatThrownBy(() -> aroundCase(actor, a, 2, 200)).as(actor.userId()).isInstanceOf(AccessRefused.class)
                        .hasMessageContaining("Only investigators, prosecutors, judges and admins read networks");
                assertThat(table.reads).isZero();
            }
        }
    }

    @Nested
    class Size {

        @Test
        void a_network_larger_than_its_limit_is_cut_and_says_so() {
            PersonNetwork n = aroundCase(Actors.LEAD, a, 3, 3);
            assertThat(n.nodes()).isEqualTo(3);
            assertThat(n.truncated()).isTrue();
            assertThat(cases(n)).startsWith(a);
        }

        @Test
        void exactly_at_its_size_a_network_is_whole() {
            int whole = aroundCase(Actors.LEAD, a, 3, 200).nodes();
            PersonNetwork n = aroundCase(Actors.LEAD, a, 3, whole);
            assertThat(n.nodes()).isEqualTo(whole);
            assertThat(n.truncated()).isFalse();
            assertThat(aroundCase(Actors.LEAD, a, 3, whole - 1).truncated()).isTrue();
        }

        @Test
        void one_node_is_the_start_itself() {
            PersonNetwork n = aroundCase(Actors.LEAD, a, 1, 1);
            assertThat(cases(n)).containsExactly(a);
            assertThat(n.persons()).isEmpty();
            assertThat(n.links()).isEmpty();
        }

        @Test
        void bounds_and_start_are_checked_when_the_query_is_made() {
            assertThatThrownBy(() -> new ReadNetworkQuery.Query(Actors.LEAD, Optional.of(a), Optional.of(p1),
                    NetworkBounds.usual())).isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("NETWORK_START");
            assertThatThrownBy(() -> new ReadNetworkQuery.Query(Actors.LEAD, Optional.empty(), Optional.empty(),
                    NetworkBounds.usual())).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class Links {

        @Test
        void recruiters_carry_the_victim_s_relation_others_are_charged_and_partners_work_together() {
            PersonNetwork n = aroundCase(Actors.LEAD, a, 2, 200);
            assertThat(n.links()).contains(
                    new PersonNetwork.Link(PersonNetwork.LinkKind.RECRUITED, p1.toString(), "V-2019-000002", b,
                            java.util.Set.of(TraffickerRole.RECRUITER), Optional.of(RecruiterRelation.FAMILY)),
                    new PersonNetwork.Link(PersonNetwork.LinkKind.CHARGED_FOR, p2.toString(), "V-2019-000002", b,
                            java.util.Set.of(TraffickerRole.TRANSPORTER), Optional.empty()),
                    new PersonNetwork.Link(PersonNetwork.LinkKind.WORKS_WITH, p2.toString(), p1.toString(), b,
                            java.util.Set.of(), Optional.empty()),
                    new PersonNetwork.Link(PersonNetwork.LinkKind.VICTIM_IN, "V-2019-000001", a.toString(), a,
                            java.util.Set.of(), Optional.empty()));
            assertThat(n.cases().get(1).routes()).containsExactly("PK>IR>TR");
            assertThat(n.persons().get(1).roles()).containsExactlyInAnyOrder(TraffickerRole.TRANSPORTER, TraffickerRole.HARBOURER);
        }
    }

    @Test
    void every_read_is_on_the_trail_of_the_case_it_started_from_with_what_was_shown_and_hidden() {
        aroundCase(Actors.LEAD, a, 2, 200);
        AuditEntry entry = app.audit.entriesOf(a).get(app.audit.entriesOf(a).size() - 1);
        assertThat(entry.action()).isEqualTo(AuditAction.READ_NETWORK);
        assertThat(entry.actorId()).isEqualTo(Actors.LEAD.userId());
        assertThat(entry.detail()).isEqualTo("network around case " + a + ", 2 hop(s): 3 case(s) and 2 person(s) shown, "
                + "1 case(s) not open to the caller");
        aroundPerson(Actors.LEAD, p2, 1);
        AuditEntry person = app.audit.entriesOf(b).get(app.audit.entriesOf(b).size() - 1);
        assertThat(person.action()).isEqualTo(AuditAction.READ_NETWORK);
        assertThat(person.detail()).startsWith("network around person " + p2);
    }
}
