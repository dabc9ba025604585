package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.statute.StatuteCatalogueFixture.*;
import static org.insaf.domain.statute.StatuteCatalogueTest.version;

/** The catalogue's lookups and its one rule for the version to cite, on every boundary day. */
class StatuteCatalogueLookupTest {

    private final StatuteCatalogue catalogue = catalogue();

    /** The rule as law.md states it, written the slow, obvious way. */
    private static StatuteCatalogue.Citation asTheLawStatesIt(List<Statute> versions, LocalDate on) {
        return versions.stream().filter(s -> s.isInForceOn(on)).findFirst()
                .map(s -> new StatuteCatalogue.Citation(s, on, true))
                .orElseGet(() -> new StatuteCatalogue.Citation(versions.stream()
                        .filter(s -> s.inForce().from().isAfter(on))
                        .min(Comparator.comparing(s -> s.inForce().from()))
                        .orElse(versions.stream().max(Comparator.comparing(s -> s.inForce().from())).orElseThrow()),
                        on, false));
    }

    private static TreeSet<LocalDate> boundaryDays(List<Statute> statutes) {
        TreeSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1)));
        for (Statute s : statutes) {
            days.add(s.inForce().from());
            days.add(s.inForce().from().minusDays(1));
            s.inForce().lastDay().ifPresent(last -> {
                days.add(last);
                days.add(last.plusDays(1));
            });
        }
        return days;
    }

    @Nested
    class VersionToCite {

        @Test
        void every_code_on_every_boundary_day_of_the_catalogue_cites_what_the_law_states() {
            for (LocalDate day : boundaryDays(catalogue.all())) {
                for (StatuteCode code : catalogue.all().stream().map(Statute::code).distinct().toList()) {
                    assertThat(catalogue.versionToCite(code, day)).as(code + " on " + day)
                            .isEqualTo(asTheLawStatesIt(catalogue.versionsOf(code), day));
                }
            }
        }

        @Test
        void versions_with_gaps_given_in_any_order_cite_what_the_law_states_on_every_boundary_day() {
            Random random = new Random(42);
            for (int round = 0; round < 200; round++) {
                List<Statute> versions = new ArrayList<>();
                LocalDate from = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(30));
                int count = 1 + random.nextInt(5);
                for (int number = 1; number <= count; number++) {
                    boolean last = number == count;
                    LocalDate until = last && random.nextBoolean() ? null : from.plusDays(1 + random.nextInt(10));
                    versions.add(version(number, from, until));
                    from = until == null ? null : until.plusDays(random.nextInt(3));
                    if (from == null) {
                        break;
                    }
                }
                List<Statute> shuffled = new ArrayList<>(versions);
                Collections.shuffle(shuffled, random);
                StatuteCatalogue built = new StatuteCatalogue(shuffled);
                StatuteCode code = versions.get(0).code();
                for (LocalDate day : boundaryDays(versions)) {
                    assertThat(built.versionToCite(code, day)).as(versions + " on " + day)
                            .isEqualTo(asTheLawStatesIt(versions, day));
                }
            }
        }

        @Test
        void pachto_is_cited_on_its_last_day_and_the_ptpa_from_the_next() {
            LocalDate last = LocalDate.of(2018, 5, 30);

            assertThat(catalogue.versionToCite(PACHTO_3.code(), last).cited()).contains(PACHTO_3);
            assertThat(catalogue.versionToCite(PTPA_3.code(), last).cited()).isEmpty();
            assertThat(catalogue.versionToCite(PTPA_3.code(), last).version()).isEqualTo(PTPA_3);
            assertThat(catalogue.versionToCite(PACHTO_3.code(), last.plusDays(1)).cited()).isEmpty();
            assertThat(catalogue.versionToCite(PACHTO_3.code(), last.plusDays(1)).version()).isEqualTo(PACHTO_3);
            assertThat(catalogue.versionToCite(PTPA_3.code(), last.plusDays(1)).cited()).contains(PTPA_3);
        }

        @Test
        void an_unknown_code_and_a_missing_date_are_refused_by_rule() {
            assertThatThrownBy(() -> catalogue.versionToCite(StatuteCode.of("PPC-999"), LocalDate.of(2020, 1, 1)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("STATUTE_KNOWN"))
                    .hasMessage("there is no statute PPC-999 in the catalogue");
            assertThatThrownBy(() -> catalogue.versionToCite(PACHTO_3.code(), null))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("REQUIRED"))
                    .hasMessage("offence date is required");
            assertThatThrownBy(() -> catalogue.versionToCite(null, LocalDate.of(2020, 1, 1)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("REQUIRED"));
            assertThatThrownBy(() -> catalogue.citationsOn(null))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("REQUIRED"));
        }
    }

    @Nested
    class InForceOn {

        @Test
        void the_versions_in_force_on_a_day_are_those_the_rule_cites_one_per_code_in_code_order() {
            for (LocalDate day : boundaryDays(catalogue.all())) {
                List<Statute> expected = catalogue.all().stream().filter(s -> s.isInForceOn(day)).toList();
                assertThat(catalogue.inForceOn(day)).as("on " + day).isEqualTo(expected);
            }
            assertThat(catalogue.inForceOn(PTPA_AMENDMENT.minusDays(1))).contains(PTPA_3_AGG_V1).doesNotContain(PTPA_3_AGG_V2);
            assertThat(catalogue.inForceOn(PTPA_AMENDMENT)).contains(PTPA_3_AGG_V2).doesNotContain(PTPA_3_AGG_V1);
        }

        @Test
        void one_code_on_a_day_is_its_version_in_force_or_nothing() {
            StatuteCode agg = PTPA_3_AGG_V1.code();
            assertThat(catalogue.inForceOn(agg, PTPA_AMENDMENT.minusDays(1))).contains(PTPA_3_AGG_V1);
            assertThat(catalogue.inForceOn(agg, PTPA_AMENDMENT)).contains(PTPA_3_AGG_V2);
            assertThat(catalogue.inForceOn(agg, PTPA_IN_FORCE.minusDays(1))).isEmpty();
            assertThat(catalogue.inForceOn(StatuteCode.of("PPC-999"), PTPA_AMENDMENT)).isEmpty();
        }
    }

    @Nested
    class Lookups {

        @Test
        void every_version_is_found_by_its_reference_and_nothing_else_is() {
            for (Statute statute : catalogue.all()) {
                assertThat(catalogue.find(statute.ref())).containsSame(statute);
            }
            assertThat(catalogue.find(StatuteRef.of("PACHTO-3", 2))).isEmpty();
            assertThat(catalogue.find(StatuteRef.of("PPC-999", 1))).isEmpty();
            assertThat(catalogue.find(null)).isEmpty();
        }

        @Test
        void the_versions_of_a_code_come_oldest_first_and_the_latest_is_the_highest_number() {
            assertThat(catalogue.versionsOf(PTPA_3_AGG_V1.code())).containsExactly(PTPA_3_AGG_V1, PTPA_3_AGG_V2);
            assertThat(catalogue.latestVersionOf(PTPA_3_AGG_V1.code())).contains(PTPA_3_AGG_V2);
            assertThat(catalogue.latestVersionOf(PACHTO_3.code())).contains(PACHTO_3);
            assertThat(catalogue.versionsOf(StatuteCode.of("PPC-999"))).isEmpty();
            assertThat(catalogue.latestVersionOf(StatuteCode.of("PPC-999"))).isEmpty();
            assertThat(catalogue.versionsOf(null)).isEmpty();
            assertThat(catalogue.knows(PACHTO_3.code())).isTrue();
            assertThat(catalogue.knows(StatuteCode.of("PPC-999"))).isFalse();
            assertThat(catalogue.knows(null)).isFalse();
        }

        @Test
        void what_it_answers_cannot_be_changed_from_outside() {
            List<Statute> given = new ArrayList<>(List.of(PTPA_3_AGG_V2, PTPA_3_AGG_V1));
            StatuteCatalogue built = new StatuteCatalogue(given);
            given.clear();

            assertThat(built.all()).containsExactly(PTPA_3_AGG_V1, PTPA_3_AGG_V2);
            assertThatThrownBy(() -> built.all().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> built.versionsOf(PTPA_3_AGG_V1.code()).clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Construction {

        @Test
        void an_overlap_between_versions_given_far_apart_and_out_of_order_is_found() {
            Statute v1 = version(1, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1));
            Statute v2 = version(2, LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1));
            Statute v3 = version(3, LocalDate.of(2001, 12, 31), null);

            assertThatThrownBy(() -> StatuteCatalogue.of(v3, PACHTO_3, v1, PTPA_3, v2))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("STATUTE_VERSIONS_DO_NOT_OVERLAP"))
                    .hasMessage("TEST-1 versions 2 (from 2001-01-01 to 2001-12-31) and 3 (from 2001-12-31) overlap in time");
        }

        @Test
        void a_version_open_ended_before_a_later_one_overlaps_it() {
            Statute open = version(1, LocalDate.of(2000, 1, 1), null);
            Statute gap = version(2, LocalDate.of(2003, 1, 1), LocalDate.of(2004, 1, 1));

            assertThatThrownBy(() -> StatuteCatalogue.of(gap, open))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("STATUTE_VERSIONS_DO_NOT_OVERLAP"));
        }

        @Test
        void versions_are_numbered_in_the_order_they_came_into_force() {
            Statute first = version(2, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1));
            Statute second = version(1, LocalDate.of(2002, 1, 1), null);

            assertThatThrownBy(() -> StatuteCatalogue.of(first, second))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("STATUTE_VERSIONS_IN_ORDER"))
                    .hasMessage("TEST-1 version 2 (from 2000-01-01 to 2000-12-31) came into force before version 1 "
                            + "(from 2002-01-01); versions are numbered in the order they came into force");
        }

        @Test
        void a_missing_statute_is_refused_by_rule() {
            List<Statute> withNull = new ArrayList<>();
            withNull.add(PACHTO_3);
            withNull.add(null);
            assertThatThrownBy(() -> new StatuteCatalogue(withNull))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("REQUIRED"))
                    .hasMessage("statute is required");
            assertThatThrownBy(() -> new StatuteCatalogue(null))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("REQUIRED"));
        }

        @Test
        void an_empty_catalogue_knows_nothing_and_cites_nothing() {
            StatuteCatalogue empty = new StatuteCatalogue(List.of());
            assertThat(empty.all()).isEmpty();
            assertThat(empty.citationsOn(LocalDate.of(2020, 1, 1))).isEmpty();
            assertThat(empty.inForceOn(LocalDate.of(2020, 1, 1))).isEmpty();
        }
    }
}
