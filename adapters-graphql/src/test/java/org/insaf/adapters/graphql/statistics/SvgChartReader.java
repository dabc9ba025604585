package org.insaf.adapters.graphql.statistics;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a chart of {@link TrendChart} back as XML, the way a test checks it: parsing fails on a
 * document that is not well formed. Shared with the end-to-end tests through the test-jar.
 */
public final class SvgChartReader {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final Document document;

    private SvgChartReader(Document document) {
        this.document = document;
    }

    /** Parses the chart (no DTD, no external entities); throws if it is not well-formed XML. */
    public static SvgChartReader parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new SvgChartReader(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** The text of the document's {@code <title>}, what a screen reader or a browser tab shows. */
    public String title() {
        return all(root(), "title").get(0).getTextContent();
    }

    /** The series' names in the order drawn. */
    public List<String> seriesNames() {
        return byClass(root(), "g", "series").stream().map(g -> g.getAttribute("data-series")).toList();
    }

    /** The points of one series, year by year. */
    public List<Element> points(String series) {
        return byClass(byClass(root(), "g", "series").stream()
                .filter(g -> g.getAttribute("data-series").equals(series)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + series)), "circle", "point");
    }

    /** The values of one series' points, year by year. */
    public List<Long> values(String series) {
        return points(series).stream().map(p -> Long.parseLong(p.getAttribute("data-value"))).toList();
    }

    /** The elements of that tag whose class is exactly {@code cssClass}, in document order. */
    public List<Element> byClass(String tag, String cssClass) {
        return byClass(root(), tag, cssClass);
    }

    public List<Element> all(String tag) {
        return all(root(), tag);
    }

    private static List<Element> byClass(Element scope, String tag, String cssClass) {
        return all(scope, tag).stream().filter(e -> e.getAttribute("class").equals(cssClass)).toList();
    }

    private static List<Element> all(Element scope, String tag) {
        NodeList nodes = scope.getElementsByTagNameNS(SVG_NS, tag);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
