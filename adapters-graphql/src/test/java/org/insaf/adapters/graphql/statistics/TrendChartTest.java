package org.insaf.adapters.graphql.statistics;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrendChartTest {

    private static final List<Integer> YEARS = List.of(2015, 2016, 2017, 2018);
    private static final List<TrendChart.Series> SEED = List.of(
            new TrendChart.Series("investigated", List.of(0L, 98L, 90L, 0L)),
            new TrendChart.Series("prosecuted", List.of(0L, 60L, 53L, 0L)),
            new TrendChart.Series("convicted", List.of(0L, 25L, 29L, 0L)));

    @Test
    void is_a_well_formed_svg_document_with_one_point_per_year_and_series() throws Exception {
        SvgChartReader svg = SvgChartReader.parse(TrendChart.render("Alleged traffickers under PACHTO-3, 2015\u20132018", "per year",
                "alleged traffickers", YEARS, SEED));

        assertThat(svg.root().getNamespaceURI()).isEqualTo(SvgChartReader.SVG_NS);
        assertThat(svg.root().getLocalName()).isEqualTo("svg");
        assertThat(svg.seriesNames()).containsExactly("investigated", "prosecuted", "convicted");
        for (TrendChart.Series series : SEED) {
            assertThat(svg.points(series.name())).extracting(p -> p.getAttribute("data-year"))
                    .containsExactly("2015", "2016", "2017", "2018");
            assertThat(svg.values(series.name())).containsExactlyElementsOf(series.values());
        }
        assertThat(svg.all("polyline")).as("one line per series").hasSize(3);
        assertThat(svg.byClass("text", "year")).extracting(Element::getTextContent).containsExactly("2015", "2016", "2017", "2018");
        assertThat(svg.title()).isEqualTo("Alleged traffickers under PACHTO-3, 2015\u20132018 \u2014 per year");
        assertThat(svg.byClass("text", "title").get(0).getTextContent()).isEqualTo("Alleged traffickers under PACHTO-3, 2015\u20132018");
        assertThat(svg.byClass("text", "subtitle").get(0).getTextContent()).isEqualTo("per year");
        assertThat(svg.byClass("g", "legend").get(0).getTextContent()).contains("investigated", "prosecuted", "convicted");
    }

    @Test
    void a_higher_value_is_drawn_higher_and_the_axis_covers_the_largest() throws Exception {
        SvgChartReader svg = SvgChartReader.parse(TrendChart.render("t", "s", "u", YEARS, SEED));
        List<Double> heights = svg.points("investigated").stream().map(p -> Double.parseDouble(p.getAttribute("cy"))).toList();
        assertThat(heights.get(1)).as("98 above 90 above 0").isLessThan(heights.get(2));
        assertThat(heights.get(2)).isLessThan(heights.get(0));
        List<Long> ticks = svg.byClass("text", "tick").stream().map(t -> Long.parseLong(t.getTextContent())).toList();
        assertThat(ticks).startsWith(0L).isSorted();
        assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(98L).isLessThan(200L);
    }

    @Test
    void text_is_escaped_in_titles_labels_and_tooltips() throws Exception {
        String nasty = "A & B <script>alert(\"x\")</script> 'q'";
        String rendered = TrendChart.render(nasty, "sub & <title>", "<unit>", List.of(2017),
                List.of(new TrendChart.Series(nasty, List.of(3L))));

        assertThat(rendered).doesNotContain("<script>");
        SvgChartReader svg = SvgChartReader.parse(rendered);
        assertThat(svg.byClass("text", "title").get(0).getTextContent()).isEqualTo(nasty);
        assertThat(svg.byClass("text", "subtitle").get(0).getTextContent()).isEqualTo("sub & <title>");
        assertThat(svg.byClass("text", "unit").get(0).getTextContent()).isEqualTo("<unit>");
        assertThat(svg.seriesNames()).containsExactly(nasty);
        assertThat(svg.points(nasty).get(0).getTextContent()).as("the tooltip").isEqualTo(nasty + ", 2017: 3");
        assertThat(svg.all("script")).isEmpty();
    }

    @Test
    void equal_values_of_two_series_in_a_year_are_labelled_once() throws Exception {
        SvgChartReader svg = SvgChartReader.parse(TrendChart.render("t", "s", "u", YEARS, SEED));
        assertThat(svg.byClass("text", "value")).extracting(Element::getTextContent)
                .containsExactly("0", "98", "90", "0", "60", "53", "25", "29");
    }

    @Test
    void one_year_and_all_zeros_still_make_a_chart() throws Exception {
        SvgChartReader svg = SvgChartReader.parse(TrendChart.render("t", "s", "u", List.of(2009),
                List.of(new TrendChart.Series("convicted", List.of(0L)))));
        List<Element> points = svg.points("convicted");
        assertThat(points).hasSize(1);
        assertThat(Double.parseDouble(points.get(0).getAttribute("cx"))).isBetween(0.0, (double) TrendChart.WIDTH);
        assertThat(svg.byClass("text", "tick")).extracting(Element::getTextContent).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(svg.all("polyline")).as("no line through a single point").isEmpty();
    }

    @Test
    void many_years_keep_every_point_but_label_fewer_years() throws Exception {
        List<Integer> years = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int y = 2000; y <= 2026; y++) {
            years.add(y);
            values.add((long) (y - 2000) * 7);
        }
        SvgChartReader svg = SvgChartReader.parse(TrendChart.render("t", "s", "u", years,
                List.of(new TrendChart.Series("investigated", values))));
        assertThat(svg.values("investigated")).containsExactlyElementsOf(values);
        List<String> labelled = svg.byClass("text", "year").stream().map(Element::getTextContent).toList();
        assertThat(labelled).hasSizeLessThanOrEqualTo(15).contains("2000", "2026");
    }

    @Test
    void refuses_series_that_do_not_match_the_years() {
        assertThatThrownBy(() -> TrendChart.render("t", "s", "u", YEARS, List.of(new TrendChart.Series("x", List.of(1L)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 4 years");
        assertThatThrownBy(() -> TrendChart.render("t", "s", "u", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_axis_steps_are_one_two_or_five_times_a_power_of_ten() {
        assertThat(TrendChart.Scale.covering(0)).isEqualTo(new TrendChart.Scale(5, 1));
        assertThat(TrendChart.Scale.covering(3)).isEqualTo(new TrendChart.Scale(3, 1));
        assertThat(TrendChart.Scale.covering(7)).isEqualTo(new TrendChart.Scale(8, 2));
        assertThat(TrendChart.Scale.covering(98)).isEqualTo(new TrendChart.Scale(100, 20));
        assertThat(TrendChart.Scale.covering(101)).isEqualTo(new TrendChart.Scale(150, 50));
        assertThat(TrendChart.Scale.covering(12_345)).isEqualTo(new TrendChart.Scale(15_000, 5_000));
    }
}
