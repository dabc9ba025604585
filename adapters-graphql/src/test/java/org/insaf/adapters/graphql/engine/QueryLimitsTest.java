package org.insaf.adapters.graphql.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryLimitsTest {

    private static QueryLimits configured(Map<String, String> properties) {
        return QueryLimits.from(name -> Optional.ofNullable(properties.get(name)));
    }

    @Test
    void whatTheConfigurationLeavesOutIsTheDocumentedDefault() {
        assertThat(configured(Map.of())).isEqualTo(new QueryLimits(100_000, 131_072, 5_000, 20_000, 200, 20_000, 15, 400, false));
        assertThat(configured(Map.of("insaf.graphql.limits.max-cost", " "))).isEqualTo(QueryLimits.DEFAULTS);
    }

    @Test
    void eachLimitIsTakenFromItsOwnProperty() {
        QueryLimits limits = configured(Map.of(
                "insaf.graphql.limits.max-cost", "50_000",
                "insaf.graphql.limits.max-characters", "65536",
                "insaf.graphql.limits.max-tokens", "3000",
                "insaf.graphql.limits.max-whitespace-tokens", "9000",
                "insaf.graphql.limits.max-rule-depth", "150",
                "insaf.graphql.limits.max-normalized-fields", "10000",
                "insaf.graphql.limits.max-depth", "12",
                "insaf.graphql.limits.max-fields", "300",
                "insaf.graphql.introspection", " TRUE "));
        assertThat(limits).isEqualTo(new QueryLimits(50_000, 65_536, 3_000, 9_000, 150, 10_000, 12, 300, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    void aLimitBelowOneIsRefusedNamingTheProperty(String value) {
        assertThatThrownBy(() -> configured(Map.of("insaf.graphql.limits.max-tokens", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("insaf.graphql.limits.max-tokens must be at least 1, not " + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "1.5", "2147483648", "1e6"})
    void aLimitThatIsNotAWholeNumberInRangeIsRefusedNamingTheProperty(String value) {
        assertThatThrownBy(() -> configured(Map.of("insaf.graphql.limits.max-rule-depth", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("insaf.graphql.limits.max-rule-depth must be a whole number from 1 to 2147483647, not '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on"})
    void introspectionIsTrueOrFalseNothingElse(String value) {
        assertThatThrownBy(() -> configured(Map.of("insaf.graphql.introspection", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("insaf.graphql.introspection must be true or false, not '" + value + "'");
    }

    @Test
    void theCostMayBeLargerThanAnInt() {
        assertThat(configured(Map.of("insaf.graphql.limits.max-cost", "3000000000")).maxCost()).isEqualTo(3_000_000_000L);
    }
}
