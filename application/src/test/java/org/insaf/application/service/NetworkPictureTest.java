package org.insaf.application.service;

import org.insaf.application.person.network.NetworkGraphMl;
import org.insaf.application.person.network.NetworkPicture;
import org.insaf.application.person.network.PersonNetwork;
import org.insaf.application.port.in.ReadNetworkQuery;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.registry.NetworkBounds;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The picture of docs/network.md: a network generated from a fixed seed (a recruiter ring of a Lahore
 * circle with sub-agents, a transporter and a fake spouse, one of them also in a Karachi case), read
 * as the Lahore investigator, written as GraphML and drawn from it. The committed SVG must be what
 * this draws, so the picture is always one the code makes.
 */
class NetworkPictureTest {

    static final Path COMMITTED = Path.of("..", "docs", "network.svg");
    static final Path DRAWN = Path.of("target", "network.svg");

    static final String[] NAMES = {"Rashid Khan", "Muhammad Aslam", "Nazir Ahmed", "Ghulam Rasool", "Shahid Iqbal",
            "Tariq Mehmood", "Bashir Ahmad", "Zafar Iqbal", "Imran Butt", "Arshad Ali"};
    static final TraffickerRole[] ROLES = {TraffickerRole.RECRUITER, TraffickerRole.SUB_AGENT_OF_LICENSED_OEP,
            TraffickerRole.TRANSPORTER, TraffickerRole.FAKE_SPOUSE, TraffickerRole.BROKER_TRAVEL_AGENT};
    static final String[] ROUTES = {"PK>AE", "PK>IR>TR>GR", "PK>OM", "PK>SA", "PK>IR>TR"};

    PersonNetwork generated() {
        Random random = new Random(18);
        Insaf app = new Insaf();
        NetworkFixture table = new NetworkFixture();
        List<PersonId> people = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            people.add(PersonId.random());
        }
        List<CaseId> cases = new ArrayList<>();
        cases.add(table.addCase(CaseStory.register(app).id(), "FIR 12/2019", Actors.LAHORE, "PK>IR>TR>GR"));
        for (int i = 1; i < 7; i++) {
            String office = i == 4 ? Actors.KARACHI : Actors.LAHORE;
            cases.add(table.addCase("FIR " + (20 + i * 7) + "/" + (2019 + i / 3), office, ROUTES[random.nextInt(ROUTES.length)]));
        }
        int pseudonym = 1;
        for (int c = 0; c < cases.size(); c++) {
            // The ring's head is in most cases; one or two others with him, drawn from the pool.
            List<PersonId> accused = new ArrayList<>();
            if (c % 3 != 2) {
                accused.add(people.get(0));
            }
            int more = 1 + random.nextInt(2);
            while (accused.size() < more + (c % 3 != 2 ? 1 : 0)) {
                PersonId p = people.get(1 + random.nextInt(people.size() - 1));
                if (!accused.contains(p)) {
                    accused.add(p);
                }
            }
            for (PersonId p : accused) {
                int index = people.indexOf(p);
                table.accuse(cases.get(c), p, NAMES[index], index == 0 ? TraffickerRole.RECRUITER : ROLES[1 + index % (ROLES.length - 1)]);
            }
            if (accused.size() > 1) {
                table.worksWith(cases.get(c), accused.get(1), accused.get(0));
            }
            int victims = 1 + random.nextInt(3);
            for (int v = 0; v < victims; v++) {
                RecruiterRelation relation = RecruiterRelation.values()[random.nextInt(RecruiterRelation.values().length)];
                table.victim(cases.get(c), String.format("V-2019-%06d", pseudonym++), relation, accused.get(0));
            }
        }
        NetworkService service = new NetworkService(app.runner, table);
        return service.network(new ReadNetworkQuery.Query(Actors.LEAD, Optional.of(cases.get(0)), Optional.empty(),
                new NetworkBounds(3, NetworkBounds.MAX_NODES)));
    }

    @Test
    void the_picture_in_the_docs_is_the_one_the_code_draws() throws Exception {
        PersonNetwork network = generated();
        String svg = NetworkPicture.svg(NetworkGraphMl.of(network), "A generated network around FIR 12/2019 of "
                + Actors.LAHORE + ", 3 hops, as its investigator sees it");
        Files.createDirectories(DRAWN.getParent());
        Files.writeString(DRAWN, svg, StandardCharsets.UTF_8);
        assertThat(network.casesInOtherOffices()).as("the Karachi case is only counted").isEqualTo(1);
        assertThat(svg).doesNotContain(Actors.KARACHI);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(svg).as("""
                docs/network.svg is not what the code draws. If the change is intended:
                    cp application/target/network.svg docs/network.svg && git diff docs/network.svg
                """).isEqualTo(committed);
    }

    @Test
    void the_same_seed_draws_the_same_picture() throws Exception {
        assertThat(NetworkPicture.svg(NetworkGraphMl.of(generated()), "t"))
                .isEqualTo(NetworkPicture.svg(NetworkGraphMl.of(generated()), "t"));
    }
}
