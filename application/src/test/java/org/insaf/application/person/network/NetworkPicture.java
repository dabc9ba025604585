package org.insaf.application.person.network;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a network's GraphML as an SVG for docs/network.md, with nothing but what the document holds:
 * three columns (persons, cases, victims) in document order, one line per edge coloured by its kind.
 * Deterministic: the same document gives the same picture, byte for byte.
 */
public final class NetworkPicture {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final int ROW = 30;
    private static final int TOP = 70;
    private static final int[] COLUMN = {190, 520, 850};
    private static final Map<String, String> EDGE_COLOURS = Map.of("ACCUSED_IN", "#7f8c8d", "VICTIM_IN", "#b0b0b0",
            "RECRUITED", "#c0392b", "CHARGED_FOR", "#e67e22", "WORKS_WITH", "#2c6fbb");
    private static final Map<String, String> NODE_COLOURS = Map.of("PERSON", "#2c6fbb", "CASE", "#34495e", "VICTIM", "#27ae60");

    private NetworkPicture() {
    }

    private record Placed(String label, String kind, String detail, int x, int y) {
    }

    public static String svg(String graphml, String title) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(graphml)));
        Map<String, Placed> nodes = new LinkedHashMap<>();
        int[] rows = new int[3];
        NodeList list = doc.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < list.getLength(); i++) {
            Element node = (Element) list.item(i);
            Map<String, String> data = data(node);
            String kind = data.get("kind");
            int column = switch (kind) {
                case "PERSON" -> 0;
                case "CASE" -> 1;
                default -> 2;
            };
            String detail = switch (kind) {
                case "PERSON" -> "0".equals(data.get("hidden")) ? "" : "+" + data.get("hidden") + " case(s) elsewhere";
                case "CASE" -> data.get("status") + (data.getOrDefault("routes", "").isEmpty() ? "" : " · " + data.get("routes"));
                default -> data.get("relation");
            };
            nodes.put(node.getAttribute("id"), new Placed(data.get("label"), kind, detail, COLUMN[column],
                    TOP + rows[column]++ * ROW));
        }
        int height = TOP + Math.max(rows[0], Math.max(rows[1], rows[2])) * ROW + 60;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1100\" height=\"")
                .append(height).append("\" viewBox=\"0 0 1100 ").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n")
                .append("  <rect width=\"1100\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n")
                .append("  <text x=\"20\" y=\"24\" font-size=\"15\" font-weight=\"bold\">").append(NetworkGraphMl.escaped(title)).append("</text>\n")
                .append("  <text x=\"").append(COLUMN[0]).append("\" y=\"50\" text-anchor=\"middle\" font-weight=\"bold\">accused persons</text>\n")
                .append("  <text x=\"").append(COLUMN[1]).append("\" y=\"50\" text-anchor=\"middle\" font-weight=\"bold\">cases (FIR, office)</text>\n")
                .append("  <text x=\"").append(COLUMN[2]).append("\" y=\"50\" text-anchor=\"middle\" font-weight=\"bold\">victims (pseudonyms)</text>\n");
        NodeList edges = doc.getElementsByTagNameNS(NS, "edge");
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            Placed from = nodes.get(edge.getAttribute("source"));
            Placed to = nodes.get(edge.getAttribute("target"));
            String kind = data(edge).get("ekind");
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
            if (kind.equals("WORKS_WITH")) {
                // Both ends are persons, in one column: an arc to the left of it.
                int bend = from.x() - 60 - Math.abs(to.y() - from.y()) / 4;
                svg.append("  <path d=\"M").append(from.x() - 6).append(' ').append(from.y()).append(" Q").append(bend).append(' ')
                        .append((from.y() + to.y()) / 2).append(' ').append(to.x() - 6).append(' ').append(to.y())
                        .append("\" fill=\"none\" stroke=\"").append(EDGE_COLOURS.get(kind)).append("\" stroke-width=\"1.5\"/>\n");
            } else {
                Placed left = from.x() <= to.x() ? from : to;
                Placed right = left == from ? to : from;
                svg.append("  <line x1=\"").append(left.x() + 6).append("\" y1=\"").append(left.y()).append("\" x2=\"")
                        .append(right.x() - 6).append("\" y2=\"").append(right.y()).append("\" stroke=\"")
                        .append(EDGE_COLOURS.get(kind)).append("\" stroke-width=\"").append(kind.equals("RECRUITED") ? "2" : "1")
                        .append("\"").append(kind.equals("VICTIM_IN") ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
            }
        }
        for (Placed n : nodes.values()) {
            svg.append("  <circle cx=\"").append(n.x()).append("\" cy=\"").append(n.y()).append("\" r=\"6\" fill=\"")
                    .append(NODE_COLOURS.get(n.kind())).append("\"/>\n");
            boolean leftLabel = n.kind().equals("PERSON");
            svg.append("  <text x=\"").append(leftLabel ? n.x() - 10 : n.x() + 10).append("\" y=\"").append(n.y() - 1)
                    .append("\"").append(leftLabel ? " text-anchor=\"end\"" : "").append(">")
                    .append(NetworkGraphMl.escaped(n.label())).append("</text>\n");
            if (!n.detail().isEmpty()) {
                svg.append("  <text x=\"").append(leftLabel ? n.x() - 10 : n.x() + 10).append("\" y=\"").append(n.y() + 11)
                        .append("\"").append(leftLabel ? " text-anchor=\"end\"" : "").append(" font-size=\"9\" fill=\"#666666\">")
                        .append(NetworkGraphMl.escaped(n.detail())).append("</text>\n");
            }
        }
        int y = height - 30;
        int x = 20;
        for (String kind : kinds) {
            svg.append("  <line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"").append(x + 24).append("\" y2=\"")
                    .append(y).append("\" stroke=\"").append(EDGE_COLOURS.get(kind)).append("\" stroke-width=\"2\"/>\n")
                    .append("  <text x=\"").append(x + 30).append("\" y=\"").append(y + 4).append("\">").append(kind).append("</text>\n");
            x += 40 + kind.length() * 8;
        }
        return svg.append("</svg>\n").toString();
    }

    private static Map<String, String> data(Element element) {
        Map<String, String> data = new HashMap<>();
        NodeList list = element.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            data.put(d.getAttribute("key"), d.getTextContent());
        }
        return data;
    }
}
