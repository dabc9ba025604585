package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.casefile.CaseTypes.AccusedType;
import org.insaf.adapters.graphql.casefile.CaseTypes.AssignmentType;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseType;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseWarningType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeType;
import org.insaf.adapters.graphql.casefile.CaseTypes.FactsType;
import org.insaf.adapters.graphql.casefile.CaseTypes.HearingType;
import org.insaf.adapters.graphql.casefile.CaseTypes.SentenceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.StatusDate;
import org.insaf.adapters.graphql.casefile.CaseTypes.VerdictType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimType;
import org.insaf.adapters.graphql.statute.CatalogueViews;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.VictimView;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL answer for a case is what it was before the read side: the mapping from the case's
 * domain values, kept here as it was, and the read view's plain copies give equal types, field by
 * field. The one difference is chosen: the victims of a count, a set, are listed in id order.
 */
class CaseMappingBeforeReadSideTest {

    private final CaseMappingTest fixtures = new CaseMappingTest();

    @Test
    void a_full_case_and_an_empty_one_map_as_before() {
        for (CaseView view : List.of(fixtures.fullView(), fixtures.emptyView())) {
            CaseType now = CaseMapping.toType(CaseProjection.of(view), TestStatutes.VIEWS);
            CaseType before = withCountVictimsInIdOrder(Before.toType(view, TestStatutes.VIEWS));
            assertThat(now).isEqualTo(before);
        }
        assertThat(Before.toType(fixtures.fullView(), TestStatutes.VIEWS).charges().get(0).statute()).isNotNull();
    }

    private static CaseType withCountVictimsInIdOrder(CaseType t) {
        return new CaseType(t.id(), t.version(), t.firNumber(), t.office(), t.firSections(), t.otherSections(), t.status(),
                t.registeredOn(), t.statusDates(), t.investigationClosedReason(), t.victims(), t.accused(),
                t.charges().stream().map(c -> new ChargeType(c.id(), c.accusedId(), c.statuteCode(), c.statuteVersion(),
                        c.statute(), c.victimIds().stream().sorted().toList(), c.facts(), c.verdict(), c.sentence())).toList(),
                t.hearings(), t.warnings(), t.assignment(), t.recordedFacts(), t.sentencingOrders(),
                t.investigatingOffice(), t.registeredAt(), t.transfers());
    }

    /** The mapping from a case's domain values as it was before the read side. */
    private static final class Before {

        static CaseType toType(CaseView view, CatalogueViews statutes) {
            String caseId = view.id().toString();
            return new CaseType(caseId, Math.toIntExact(view.version()), view.firNumber().value(), view.circle().name(),
                    view.firSections().stream().map(StatuteCode::value).sorted().toList(), view.otherSections(),
                    view.status(), view.statusDates().get(CaseStatus.REGISTERED),
                    statusDates(view.statusDates()),
                    view.investigationClosedReason().orElse(null),
                    view.victims().stream().map(v -> victim(v, caseId)).toList(),
                    view.accused().stream().map(Before::accused).toList(),
                    view.offences().stream().map(o -> charge(o, statutes)).toList(),
                    view.hearings().stream().map(Before::hearing).toList(),
                    view.warnings().stream().map(Before::warning).toList(),
                    assignment(view.assignment()),
                    view.recordedFacts().map(Before::facts).orElse(null),
                    // Sentencing orders came after the read side: the fixtures have none.
                    List.of(),
                    // Before offices had agencies, every case was an FIA circle's, never transferred.
                    new CaseTypes.OfficeType(org.insaf.domain.casefile.Agency.FIA, view.circle().name(), null, null),
                    new CaseTypes.OfficeType(org.insaf.domain.casefile.Agency.FIA, view.circle().name(), null, null),
                    List.of());
        }

        private static List<StatusDate> statusDates(Map<CaseStatus, LocalDate> dates) {
            return dates.entrySet().stream()
                    .sorted(Map.Entry.<CaseStatus, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new StatusDate(e.getKey(), e.getValue())).toList();
        }

        private static VictimType victim(VictimView v, String caseId) {
            return new VictimType(v.id().toString(), v.pseudonym().value(), v.gender(), v.age().dateOfBirth(),
                    v.age().estimatedAge(), v.age().estimatedOn(),
                    v.nationality() == null ? null : v.nationality().value(),
                    sorted(v.vulnerabilities()), sorted(v.exploitation()), sorted(v.protection()),
                    v.recruiterRelation(), caseId);
        }

        private static AccusedType accused(Accused a) {
            var t = a.trafficker();
            return new AccusedType(t.id().toString(), t.kind(), t.name(), t.cnic(), sorted(t.roles()),
                    t.nationality() == null ? null : t.nationality().value(),
                    t.links().stream().map(Object::toString).toList(), a.justification().orElse(null),
                    org.insaf.domain.casefile.CustodyStatus.NOT_ARRESTED, a.addedOn(),
                    List.of(new CustodyTypes.CustodyEntryType(org.insaf.domain.casefile.CustodyStatus.NOT_ARRESTED,
                            a.addedOn(), null, false)), List.of(), null);
        }

        static ChargeType charge(Offence o, CatalogueViews statutes) {
            return new ChargeType(o.id().toString(), o.accused().toString(), o.statute().code().value(), o.statute().version(),
                    statutes.cited(o.statute()).orElse(null),
                    o.victims().stream().map(Object::toString).toList(), facts(o.facts()),
                    o.verdictGiven().map(v -> new VerdictType(v.outcome(), v.date(), v.onGuiltyPlea(), v.effect(),
                            v.compoundingParty().map(Object::toString).orElse(null), v.accusedDiedOn())).orElse(null),
                    o.sentencePassed().map(Before::sentence).orElse(null));
        }

        private static SentenceType sentence(Sentence s) {
            Period term = s.termOfImprisonment().orElse(null);
            return new SentenceType(s.pronouncedOn(), s.kind(),
                    term == null ? null : term.getYears(), term == null ? null : term.getMonths(),
                    term == null ? null : term.getDays(),
                    s.fineAmount().map(Rupees::amount).orElse(null), s.describe());
        }

        static FactsType facts(OffenceFacts f) {
            return new FactsType(sorted(f.acts()), sorted(f.means()), sorted(f.purposes()),
                    f.route().countries().stream().map(CountryCode::value).toList(), f.offenceDate(),
                    sorted(f.circumstances()));
        }

        private static HearingType hearing(Hearing h) {
            return new HearingType(h.date(), h.court(), h.proceedings(), h.nextHearing().orElse(null));
        }

        private static CaseWarningType warning(CaseWarning w) {
            return new CaseWarningType(w.rule(), w.accused().toString(), w.message());
        }

        private static AssignmentType assignment(CaseAssignment a) {
            return new AssignmentType(a.investigator().orElse(null), a.prosecutor().orElse(null), a.court().orElse(null),
                    a.judge().orElse(null));
        }

        private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
            return values.stream().sorted(Comparator.naturalOrder()).toList();
        }
    }
}
