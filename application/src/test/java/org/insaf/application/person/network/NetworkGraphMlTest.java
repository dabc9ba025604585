package org.insaf.application.person.network;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphML document of a network: well-formed whatever the names hold, every edge between declared nodes. */
class NetworkGraphMlTest {

    static final String HOSTILE = "<Rashid & \"Sons\"> 'Khan' ]]> <!-- \u0000\u0007\uD800 راشد خان";

    static PersonNetwork network(String name, String fir) {
        PersonId p = PersonId.random();
        PersonId q = PersonId.random();
        CaseId c = CaseId.random();
        return new PersonNetwork(Optional.of(c), Optional.empty(), 2, 200,
                List.of(new PersonNetwork.Person(p, List.of(name), Set.of(TraffickerRole.RECRUITER), 2),
                        new PersonNetwork.Person(q, List.of(), Set.of(), 0)),
                List.of(new PersonNetwork.Case(c, fir, "FIA-AHTC-LAHORE", CaseStatus.ON_TRIAL, List.of("PK>AE", "PK>OM"))),
                List.of(new PersonNetwork.Victim("V-2019-000001", c, RecruiterRelation.FRIEND)),
                List.of(new PersonNetwork.Link(PersonNetwork.LinkKind.ACCUSED_IN, p.toString(), c.toString(), c,
                                Set.of(TraffickerRole.RECRUITER), Optional.empty()),
                        new PersonNetwork.Link(PersonNetwork.LinkKind.VICTIM_IN, "V-2019-000001", c.toString(), c,
                                Set.of(), Optional.empty()),
                        new PersonNetwork.Link(PersonNetwork.LinkKind.RECRUITED, p.toString(), "V-2019-000001", c,
                                Set.of(TraffickerRole.RECRUITER), Optional.of(RecruiterRelation.FRIEND)),
                        new PersonNetwork.Link(PersonNetwork.LinkKind.WORKS_WITH, q.toString(), p.toString(), c,
                                Set.of(), Optional.empty())),
                2, false, Optional.empty());
    }

    static Document parsed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<String> attributes(Document doc, String tag, String attribute) {
        NodeList nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @Test
    void names_with_markup_quotes_control_characters_and_urdu_script_make_a_well_formed_document() throws Exception {
        String xml = NetworkGraphMl.of(network(HOSTILE, "FIR <1> & \"2\"/2019"));
        Document doc = parsed(xml);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getDocumentElement().getTextContent())
                .contains("<Rashid & \"Sons\"> 'Khan' ]]> <!--  راشد خان", "FIR <1> & \"2\"/2019 (FIA-AHTC-LAHORE)");
        assertThat(xml).doesNotContain("\u0000", "\u0007", "\uD800");
    }

    @Test
    void every_node_and_link_is_there_and_every_edge_joins_declared_nodes() throws Exception {
        PersonNetwork network = network("Rashid Khan", "FIR 1/2019");
        Document doc = parsed(NetworkGraphMl.of(network));
        List<String> nodes = attributes(doc, "node", "id");
        assertThat(nodes).hasSize(network.nodes()).doesNotHaveDuplicates();
        assertThat(attributes(doc, "edge", "id")).hasSize(network.links().size());
        assertThat(nodes).containsAll(attributes(doc, "edge", "source")).containsAll(attributes(doc, "edge", "target"));
        assertThat(doc.getDocumentElement().getTextContent()).contains("RECRUITED", "FRIEND", "PK>AE PK>OM", "ON_TRIAL");
    }

    @Test
    void the_same_network_gives_the_same_document() {
        PersonNetwork network = network("Rashid Khan", "FIR 1/2019");
        assertThat(NetworkGraphMl.of(network)).isEqualTo(NetworkGraphMl.of(network));
    }
}
