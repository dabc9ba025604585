package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.casefile.CaseInputs.FactsInput;
import org.insaf.adapters.graphql.casefile.CaseTypes.AccusedType;
import org.insaf.adapters.graphql.casefile.CaseTypes.AssignmentType;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseType;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseWarningType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeAdviceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ElementFindingType;
import org.insaf.adapters.graphql.casefile.CaseTypes.FactsType;
import org.insaf.adapters.graphql.casefile.CaseTypes.HearingType;
import org.insaf.adapters.graphql.casefile.CaseTypes.SentenceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.StatusDate;
import org.insaf.adapters.graphql.casefile.CaseTypes.StatuteAdviceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VerdictType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimIdentityType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimType;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.statute.CatalogueViews;
import org.insaf.adapters.graphql.statute.StatuteViews;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.VictimView;
import org.insaf.domain.advice.ChargeAdvice;
import org.insaf.domain.advice.StatuteAdvice;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.ElementFinding;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;

import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Between the application's views and commands' values and the GraphQL types: no rule lives here. */
final class CaseMapping {

    private CaseMapping() {
    }

    // ------------------------------------------------------------------ out

    /** @param statutes the in-memory catalogue's views, for the statute each charge cites */
    static CaseType toType(CaseView view, CatalogueViews statutes) {
        String caseId = view.id().toString();
        return new CaseType(caseId, Math.toIntExact(view.version()), view.firNumber().value(), view.circle().name(),
                view.firSections().stream().map(StatuteCode::value).sorted().toList(), view.otherSections(),
                view.status(), view.statusDates().get(CaseStatus.REGISTERED),
                statusDates(view.statusDates()),
                view.investigationClosedReason().orElse(null),
                view.victims().stream().map(v -> victim(v, caseId)).toList(),
                view.accused().stream().map(CaseMapping::accused).toList(),
                view.offences().stream().map(o -> charge(o, statutes)).toList(),
                view.hearings().stream().map(CaseMapping::hearing).toList(),
                view.warnings().stream().map(CaseMapping::warning).toList(),
                assignment(view.assignment()),
                view.recordedFacts().map(CaseMapping::facts).orElse(null));
    }

    private static List<StatusDate> statusDates(Map<CaseStatus, java.time.LocalDate> dates) {
        return dates.entrySet().stream()
                .sorted(Map.Entry.<CaseStatus, java.time.LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new StatusDate(e.getKey(), e.getValue())).toList();
    }

    private static VictimType victim(VictimView v, String caseId) {
        return new VictimType(v.id().toString(), v.pseudonym().value(), v.gender(), v.age().dateOfBirth(),
                v.age().estimatedAge(), v.age().estimatedOn(),
                v.nationality() == null ? null : v.nationality().value(),
                sorted(v.vulnerabilities()), sorted(v.exploitation()), sorted(v.protection()),
                v.recruiterRelation(), caseId);
    }

    static VictimIdentityType identity(VictimIdentity identity) {
        return new VictimIdentityType(identity.name(), identity.cnic(), identity.contact(), identity.address());
    }

    private static AccusedType accused(Accused a) {
        var t = a.trafficker();
        return new AccusedType(t.id().toString(), t.kind(), t.name(), t.cnic(), sorted(t.roles()),
                t.nationality() == null ? null : t.nationality().value(),
                t.links().stream().map(Object::toString).toList(), a.justification().orElse(null));
    }

    static ChargeType charge(Offence o, CatalogueViews statutes) {
        return new ChargeType(o.id().toString(), o.accused().toString(), o.statute().code().value(), o.statute().version(),
                statutes.cited(o.statute()).orElse(null),
                o.victims().stream().map(Object::toString).toList(), facts(o.facts()),
                o.verdictGiven().map(v -> new VerdictType(v.outcome(), v.date())).orElse(null),
                o.sentencePassed().map(CaseMapping::sentence).orElse(null));
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

    static ChargeAdviceType advice(ChargeAdvice advice) {
        return new ChargeAdviceType(advice.statutes().stream().map(CaseMapping::advice).toList());
    }

    private static StatuteAdviceType advice(StatuteAdvice a) {
        return new StatuteAdviceType(StatuteViews.of(a.statute()), a.isApplicable(), a.inForce(), a.inForceNote(),
                a.scopeFits(), a.scopeNote(), findings(a.met()), findings(a.missing()), a.penaltyRange());
    }

    private static List<ElementFindingType> findings(List<ElementFinding> findings) {
        return findings.stream().map(f -> new ElementFindingType(f.kind(), f.requirement(), f.met(), f.explanation())).toList();
    }

    private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }

    // ------------------------------------------------------------------ in

    static OffenceFacts facts(FactsInput f) {
        if (f == null) {
            return null;
        }
        return new OffenceFacts(set(f.acts()), set(f.means()), set(f.purposes()),
                new Route(f.route() == null ? null : f.route().stream().map(CountryCode::of).toList()),
                f.offenceDate(), set(f.circumstances()));
    }

    static <E> Set<E> set(List<E> values) {
        if (values == null) {
            return Set.of();
        }
        // Not values.contains(null): an immutable list throws on that question instead of answering it.
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new BadInput("NULL_IN_LIST", "a list holds an empty (null) value");
        }
        return Set.copyOf(values);
    }
}
