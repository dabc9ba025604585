package org.insaf.adapters.graphql.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A line chart of yearly series as a standalone SVG document: title, y axis with rounded ticks,
 * one labelled x position per year, one line with a marker per year for each series, and a legend.
 * Built as text because it is small; every piece of text is escaped. Series are told apart by
 * colour (a colour-blind-safe palette) and by dash pattern, so a grey print still reads.
 */
public final class TrendChart {

    /** One line of the chart: its name in the legend and one value per year. */
    public record Series(String name, List<Long> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    static final int WIDTH = 820;
    static final int HEIGHT = 460;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 70;
    private static final int BOTTOM = 110;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    /** Beyond this many years, values are in the markers' tooltips only, and not every year is labelled. */
    private static final int LABELLED_YEARS = 12;

    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00"};
    private static final String[] DASHES = {"", "9 5", "3 4", "12 4 3 4", "6 3", "2 2"};

    private TrendChart() {
    }

    /**
     * The chart of {@code series} over {@code years} (one value per year in each series, in the
     * years' order), under {@code title} and {@code subtitle}, with the y axis named {@code unit}.
     */
    public static String render(String title, String subtitle, String unit, List<Integer> years, List<Series> series) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(unit, "unit");
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one year");
        }
        for (Series s : series) {
            if (s.values().size() != years.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + years.size() + " years");
            }
        }
        Scale scale = Scale.covering(series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0));
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n")
                .append("<title id=\"chart-title\">").append(escape(subtitle.isEmpty() ? title : title + " \u2014 " + subtitle))
                .append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text class=\"title\" x=\"").append(WIDTH / 2).append("\" y=\"30\" text-anchor=\"middle\" font-size=\"")
                .append(fontSize(title, 18)).append("\" font-weight=\"bold\" fill=\"#222222\">").append(escape(title)).append("</text>\n")
                .append("<text class=\"subtitle\" x=\"").append(WIDTH / 2).append("\" y=\"52\" text-anchor=\"middle\" font-size=\"")
                .append(fontSize(subtitle, 13)).append("\" fill=\"#555555\">").append(escape(subtitle)).append("</text>\n");
        yAxis(svg, scale, unit);
        xAxis(svg, years);
        Set<String> labelled = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            line(svg, series.get(i), i, years, scale, labelled);
        }
        legend(svg, series);
        return svg.append("</svg>\n").toString();
    }

    private static void yAxis(StringBuilder svg, Scale scale, String unit) {
        svg.append("<g class=\"y-axis\" font-size=\"12\" fill=\"#444444\">\n");
        for (long tick = 0; tick <= scale.top(); tick += scale.step()) {
            String y = coordinate(y(tick, scale));
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(tick == 0 ? "#444444" : "#dddddd").append("\"/>\n")
                    .append("<text class=\"tick\" x=\"").append(LEFT - 8).append("\" y=\"").append(y)
                    .append("\" dy=\"4\" text-anchor=\"end\">").append(tick).append("</text>\n");
        }
        int middle = TOP + PLOT_HEIGHT / 2;
        svg.append("<text class=\"unit\" x=\"22\" y=\"").append(middle).append("\" text-anchor=\"middle\" transform=\"rotate(-90 22 ")
                .append(middle).append(")\">").append(escape(unit)).append("</text>\n</g>\n");
    }

    private static void xAxis(StringBuilder svg, List<Integer> years) {
        int every = (years.size() + LABELLED_YEARS - 1) / LABELLED_YEARS;
        int baseline = TOP + PLOT_HEIGHT;
        svg.append("<g class=\"x-axis\" font-size=\"12\" fill=\"#444444\">\n");
        for (int i = 0; i < years.size(); i++) {
            String x = coordinate(x(i, years.size()));
            svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(baseline)
                    .append("\" y2=\"").append(baseline + 5).append("\" stroke=\"#444444\"/>\n");
            if (i % every == 0 || i == years.size() - 1) {
                svg.append("<text class=\"year\" x=\"").append(x).append("\" y=\"").append(baseline + 22)
                        .append("\" text-anchor=\"middle\">").append(years.get(i)).append("</text>\n");
            }
        }
        svg.append("</g>\n");
    }

    /** {@code labelled}: the (year, value) labels already drawn, so that equal values of two series are labelled once. */
    private static void line(StringBuilder svg, Series series, int index, List<Integer> years, Scale scale, Set<String> labelled) {
        String colour = COLOURS[index % COLOURS.length];
        String dash = DASHES[index % DASHES.length];
        int n = years.size();
        List<String> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(coordinate(x(i, n)) + "," + coordinate(y(series.values().get(i), scale)));
        }
        svg.append("<g class=\"series\" data-series=\"").append(escape(series.name())).append("\">\n");
        if (n > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"");
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append(" points=\"").append(String.join(" ", points)).append("\"/>\n");
        }
        for (int i = 0; i < n; i++) {
            long value = series.values().get(i);
            String x = coordinate(x(i, n));
            String y = coordinate(y(value, scale));
            svg.append("<circle class=\"point\" data-year=\"").append(years.get(i)).append("\" data-value=\"").append(value)
                    .append("\" cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4.5\" fill=\"").append(colour)
                    .append("\"><title>").append(escape(series.name() + ", " + years.get(i) + ": " + value)).append("</title></circle>\n");
            if (n <= LABELLED_YEARS && labelled.add(years.get(i) + ":" + value)) {
                svg.append("<text class=\"value\" x=\"").append(x).append("\" y=\"").append(y).append("\" dy=\"-9\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                        .append(colour).append("\">").append(value).append("</text>\n");
            }
        }
        svg.append("</g>\n");
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        int y = HEIGHT - 36;
        int slot = series.isEmpty() ? 0 : Math.min(240, PLOT_WIDTH / series.size());
        svg.append("<g class=\"legend\" font-size=\"13\" fill=\"#222222\">\n");
        for (int i = 0; i < series.size(); i++) {
            int x = LEFT + i * slot;
            String dash = DASHES[i % DASHES.length];
            svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x + 34).append("\" y1=\"").append(y).append("\" y2=\"").append(y)
                    .append("\" stroke=\"").append(COLOURS[i % COLOURS.length]).append("\" stroke-width=\"2.5\"");
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append("/>\n<circle cx=\"").append(x + 17).append("\" cy=\"").append(y).append("\" r=\"4.5\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\"/>\n")
                    .append("<text x=\"").append(x + 42).append("\" y=\"").append(y).append("\" dy=\"4\">")
                    .append(escape(series.get(i).name())).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    /** Small enough for the text to fit the width (a character is about 0.6 of the font size wide). */
    private static String fontSize(String text, int preferred) {
        double fitting = (WIDTH - 40) / (0.6 * Math.max(1, text.length()));
        return coordinate(Math.max(9, Math.min(preferred, fitting)));
    }

    /** Each year in the middle of an equal slot, so one year or many are placed alike. */
    private static double x(int index, int count) {
        return LEFT + (index + 0.5) * PLOT_WIDTH / count;
    }

    private static double y(long value, Scale scale) {
        return TOP + PLOT_HEIGHT - (double) value / scale.top() * PLOT_HEIGHT;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text content and attribute values: the five characters XML reserves. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The y axis: from 0 to {@code top} in ticks of 1, 2 or 5 times a power of ten, five or so of them. */
    record Scale(long top, long step) {

        static Scale covering(long max) {
            if (max <= 0) {
                return new Scale(5, 1);
            }
            long step = 1;
            while (max > step * 5) {
                long next = nextStep(step);
                step = next;
            }
            long top = (max + step - 1) / step * step;
            return new Scale(top, step);
        }

        private static long nextStep(long step) {
            long power = 1;
            while (power * 10 <= step) {
                power *= 10;
            }
            long mantissa = step / power;
            return mantissa == 1 ? 2 * power : mantissa == 2 ? 5 * power : 10 * power;
        }
    }
}
