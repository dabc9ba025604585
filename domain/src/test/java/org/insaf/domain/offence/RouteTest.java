package org.insaf.domain.offence;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTest {

    @Test
    void a_route_inside_pakistan_is_internal() {
        Route route = Route.of("PK", "PK", "PK");
        assertThat(route.isTransnational()).isFalse();
        assertThat(route.bringsIntoPakistan()).isFalse();
        assertThat(Route.withinPakistan().isTransnational()).isFalse();
    }

    @Test
    void any_foreign_country_on_the_route_makes_it_transnational() {
        Route transit = Route.of("AF", "PK", "AE");
        assertThat(transit.isTransnational()).isTrue();
        assertThat(transit.source()).isEqualTo(CountryCode.of("AF"));
        assertThat(transit.transit()).containsExactly(CountryCode.PAKISTAN);
        assertThat(transit.destination()).isEqualTo(CountryCode.of("AE"));
        assertThat(transit.bringsIntoPakistan()).isFalse();
        assertThat(transit.describe()).isEqualTo("AF -> PK -> AE");
        assertThat(Route.of("PK", "IR", "PK").isTransnational()).isTrue();
    }

    @Test
    void brought_into_pakistan_means_from_abroad_to_pakistan() {
        assertThat(Route.of("BD", "IN", "PK").bringsIntoPakistan()).isTrue();
        assertThat(Route.of("PK", "IR", "PK").bringsIntoPakistan()).isFalse();
        assertThat(Route.of("BD", "IN").bringsIntoPakistan()).isFalse();
        assertThat(Route.of("BD", "PK").transit()).isEmpty();
        assertThat(Route.of("BD").transit()).isEmpty();
    }

    @Test
    void a_route_names_at_least_one_iso_country() {
        assertThatThrownBy(() -> new Route(List.of())).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("ROUTE_NOT_EMPTY"));
        assertThatThrownBy(() -> new Route(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Route.of("Pakistan")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("COUNTRY_CODE_FORMAT"));
        assertThatThrownBy(() -> Route.of("pk")).isInstanceOf(InvalidValueException.class);
    }
}
