package org.insaf.domain.offence;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the person was moved: source, then transit countries, then destination. A route that
 * never leaves Pakistan is internal; one that touches any other country crosses the border.
 */
public record Route(List<CountryCode> countries) {

    public Route {
        InvalidValueException.check(countries != null && !countries.isEmpty(), "ROUTE_NOT_EMPTY",
                "a route names at least the country where it began");
        countries = List.copyOf(countries);
    }

    public static Route of(String... isoCodes) {
        return new Route(Arrays.stream(isoCodes).map(CountryCode::of).toList());
    }

    public static Route withinPakistan() {
        return new Route(List.of(CountryCode.PAKISTAN));
    }

    public CountryCode source() {
        return countries.get(0);
    }

    public CountryCode destination() {
        return countries.get(countries.size() - 1);
    }

    public List<CountryCode> transit() {
        return countries.subList(1, Math.max(1, countries.size() - 1));
    }

    /** Movement into or out of Pakistan: some country on the route is not Pakistan. */
    public boolean isTransnational() {
        return countries.stream().anyMatch(c -> !c.isPakistan());
    }

    /** Brought into Pakistan from abroad (PPC 366B): begins abroad and ends in Pakistan. */
    public boolean bringsIntoPakistan() {
        return !source().isPakistan() && destination().isPakistan();
    }

    public String describe() {
        return countries.stream().map(CountryCode::value).collect(Collectors.joining(" -> "));
    }
}
