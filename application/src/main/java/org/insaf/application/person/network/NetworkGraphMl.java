package org.insaf.application.person.network;

import org.insaf.domain.person.TraffickerRole;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A network as a GraphML document (http://graphml.graphdrawing.org), which Gephi, yEd, Cytoscape
 * and networkx open: one node per person, case and victim, one edge per link, and the attributes
 * as declared keys. Only what the network holds is written, so no victim identity and nothing of a
 * case the caller may not see can be in it; every text is escaped, and characters XML 1.0 cannot
 * carry are dropped.
 */
public final class NetworkGraphMl {

    private static final Map<String, String> NODE_KEYS = Map.of("kind", "kind", "label", "label", "fir", "firNumber",
            "office", "office", "status", "status", "routes", "routes", "relation", "recruiterRelation",
            "hidden", "casesInOtherOffices");

    private NetworkGraphMl() {
    }

    public static String of(PersonNetwork network) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        new TreeSet<>(NODE_KEYS.keySet()).forEach(id -> xml.append("  <key id=\"").append(id)
                .append("\" for=\"node\" attr.name=\"").append(NODE_KEYS.get(id)).append("\" attr.type=\"")
                .append(id.equals("hidden") ? "int" : "string").append("\"/>\n"));
        xml.append("  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n")
                .append("  <key id=\"eroles\" for=\"edge\" attr.name=\"roles\" attr.type=\"string\"/>\n")
                .append("  <key id=\"erelation\" for=\"edge\" attr.name=\"recruiterRelation\" attr.type=\"string\"/>\n")
                .append("  <key id=\"ecase\" for=\"edge\" attr.name=\"caseId\" attr.type=\"string\"/>\n")
                .append("  <graph id=\"network\" edgedefault=\"directed\">\n");
        for (PersonNetwork.Person p : network.persons()) {
            node(xml, personNode(p.id().toString()), Map.of("kind", "PERSON",
                    "label", p.names().isEmpty() ? "accused" : p.names().get(0),
                    "hidden", Integer.toString(p.casesInOtherOffices())));
        }
        for (PersonNetwork.Case c : network.cases()) {
            node(xml, caseNode(c.id().toString()), Map.of("kind", "CASE", "label", c.firNumber() + " (" + c.office() + ")",
                    "fir", c.firNumber(), "office", c.office(), "status", c.status().name(),
                    "routes", String.join(" ", c.routes())));
        }
        for (PersonNetwork.Victim v : network.victims()) {
            node(xml, victimNode(v.pseudonym()), Map.of("kind", "VICTIM", "label", v.pseudonym(),
                    "relation", v.recruiterRelation().name()));
        }
        int n = 0;
        for (PersonNetwork.Link link : network.links()) {
            xml.append("    <edge id=\"e").append(n++).append("\" source=\"").append(escaped(from(link)))
                    .append("\" target=\"").append(escaped(to(link))).append("\">\n");
            data(xml, "ekind", link.kind().name());
            data(xml, "ecase", link.caseId().toString());
            if (!link.roles().isEmpty()) {
                data(xml, "eroles", link.roles().stream().map(TraffickerRole::name).sorted().collect(Collectors.joining(" ")));
            }
            link.recruiterRelation().ifPresent(r -> data(xml, "erelation", r.name()));
            xml.append("    </edge>\n");
        }
        return xml.append("  </graph>\n</graphml>\n").toString();
    }

    /** The node id of a link's source, as {@link #of} names nodes. */
    public static String from(PersonNetwork.Link link) {
        return switch (link.kind()) {
            case VICTIM_IN -> victimNode(link.from());
            default -> personNode(link.from());
        };
    }

    /** The node id of a link's target. */
    public static String to(PersonNetwork.Link link) {
        return switch (link.kind()) {
            case ACCUSED_IN, VICTIM_IN -> caseNode(link.to());
            case RECRUITED, CHARGED_FOR -> victimNode(link.to());
            case WORKS_WITH -> personNode(link.to());
        };
    }

    public static String personNode(String id) {
        return "person-" + id;
    }

    public static String caseNode(String id) {
        return "case-" + id;
    }

    public static String victimNode(String pseudonym) {
        return "victim-" + pseudonym;
    }

    private static void node(StringBuilder xml, String id, Map<String, String> data) {
        xml.append("    <node id=\"").append(escaped(id)).append("\">\n");
        new TreeSet<>(data.keySet()).forEach(key -> data(xml, key, data.get(key)));
        xml.append("    </node>\n");
    }

    private static void data(StringBuilder xml, String key, String value) {
        xml.append("      <data key=\"").append(key).append("\">").append(escaped(value)).append("</data>\n");
    }

    /** Text fit for an element or attribute: markup characters escaped, characters XML 1.0 forbids dropped. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
