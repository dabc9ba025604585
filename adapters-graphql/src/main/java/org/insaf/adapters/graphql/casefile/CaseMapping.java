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
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeDirectionType;
import org.insaf.adapters.graphql.casefile.CaseTypes.CompensationType;
import org.insaf.adapters.graphql.casefile.CaseTypes.SentenceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.SentencingOrderType;
import org.insaf.adapters.graphql.casefile.CaseTypes.StatusDate;
import org.insaf.adapters.graphql.casefile.CaseTypes.StatuteAdviceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VerdictType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimIdentityType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimType;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.statute.CatalogueViews;
import org.insaf.adapters.graphql.statute.StatuteViews;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.domain.advice.ChargeAdvice;
import org.insaf.domain.advice.StatuteAdvice;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.offence.ElementFinding;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.insaf.application.port.in.ChargeRequest;
import java.util.Objects;
import java.util.Set;

/** Between the application's views and commands' values and the GraphQL types: no rule lives here. */
final class CaseMapping {

    private CaseMapping() {
    }

    // ------------------------------------------------------------------ out

    /** A command's answer: the case as it is read, from the view the command gives. */
    static CaseType toType(CaseView view, CatalogueViews statutes) {
        return toType(CaseProjection.of(view), statutes);
    }

    /**
     * Plain copies of the read view's fields; the view has them in the order the API shows them.
     *
     * @param statutes the in-memory catalogue's views, for the statute each charge cites
     */
    static CaseType toType(CaseDetail view, CatalogueViews statutes) {
        return new CaseType(view.id(), Math.toIntExact(view.version()), view.firNumber(), view.office(),
                view.firSections(), view.otherSections(), view.status(), view.registeredOn(),
                view.statusDates().stream().map(d -> new StatusDate(d.status(), d.date())).toList(),
                view.investigationClosedReason(),
                view.victims().stream().map(v -> victim(v, view.id())).toList(),
                view.accused().stream().map(CaseMapping::accused).toList(),
                view.charges().stream().map(c -> charge(c, statutes)).toList(),
                view.hearings().stream().map(h -> new HearingType(h.date(), h.court(), h.proceedings(), h.nextDate())).toList(),
                view.warnings().stream().map(w -> new CaseWarningType(w.rule(), w.accusedId(), w.message())).toList(),
                assignment(view.assignment()), view.recordedFacts() == null ? null : facts(view.recordedFacts()),
                view.sentencingOrders().stream().map(CaseMapping::sentencingOrder).toList(),
                office(view.investigatingOffice()), office(view.registeredAt()),
                view.transfers().stream().map(t -> new CaseTypes.TransferType(t.on(), office(t.from()), office(t.to()),
                        t.reason())).toList(),
                view.appellate().stream().map(a -> AppealTypes.appellate(a, CaseMapping::verdict, CaseMapping::sentence))
                        .toList());
    }

    private static SentencingOrderType sentencingOrder(CaseDetail.SentencingOrder o) {
        return new SentencingOrderType(o.accusedId(), o.pronouncedOn(),
                o.directions().stream().map(d -> new ChargeDirectionType(d.chargeId(), d.run(), d.description(),
                        d.inDefaultYears(), d.inDefaultMonths(), d.inDefaultDays())).toList(),
                o.custodyCreditDays(),
                o.compensation().stream().map(c -> new CompensationType(c.victimId(), c.amountPkr(), c.under())).toList(),
                o.totalTermYears(), o.totalTermMonths(), o.totalTermDays(), o.totalTerm(), o.releaseDate());
    }

    private static CaseTypes.OfficeType office(CaseDetail.Office o) {
        return new CaseTypes.OfficeType(o.agency(), o.code(), o.province(), o.district());
    }

    private static VictimType victim(CaseDetail.Victim v, String caseId) {
        return new VictimType(v.id(), v.pseudonym(), v.gender(), v.dateOfBirth(), v.estimatedAge(), v.estimatedOn(),
                v.nationality(), v.vulnerabilities(), v.exploitation(), v.protection(), v.recruiterRelation(), caseId);
    }

    static VictimIdentityType identity(VictimIdentity identity) {
        return new VictimIdentityType(identity.name(), identity.cnic(), identity.contact(), identity.address());
    }

    private static AccusedType accused(CaseDetail.Accused a) {
        return new AccusedType(a.id(), a.kind(), a.name(), a.cnic(), a.roles(), a.nationality(), a.links(),
                a.nonPunishmentJustification(), a.custody(), a.custodySince(),
                a.custodyHistory().stream().map(CustodyTypes::entry).toList(),
                a.bailApplications().stream().map(CustodyTypes::bail).toList(), a.chargedBySupplementarySheetOn());
    }

    static ChargeType charge(CaseDetail.Charge c, CatalogueViews statutes) {
        return new ChargeType(c.id(), c.accusedId(), c.statuteCode(), c.statuteVersion(),
                statutes.cited(new StatuteRef(StatuteCode.of(c.statuteCode()), c.statuteVersion())).orElse(null),
                c.victimIds(), facts(c.facts()),
                c.verdict() == null ? null : verdict(c.verdict()),
                c.sentence() == null ? null : sentence(c.sentence()));
    }

    private static VerdictType verdict(CaseDetail.Verdict v) {
        return new VerdictType(v.outcome(), v.date(), v.onGuiltyPlea(), v.effect(), v.compoundedBy(), v.accusedDiedOn());
    }

    private static SentenceType sentence(CaseDetail.Sentence s) {
        return new SentenceType(s.pronouncedOn(), s.kind(), s.termYears(), s.termMonths(), s.termDays(), s.finePkr(),
                s.description());
    }

    static FactsType facts(CaseDetail.Facts f) {
        return new FactsType(f.acts(), f.means(), f.purposes(), f.route(), f.offenceDate(), f.circumstances());
    }

    private static AssignmentType assignment(CaseDetail.Assignment a) {
        return new AssignmentType(a.investigator(), a.prosecutor(), a.court(), a.judge());
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

    // ------------------------------------------------------------------ in

    static List<ChargeRequest> charges(List<CaseInputs.ChargeInput> charges) {
        return charges.stream().map(c -> new ChargeRequest(Ids.personId(c.accusedId()),
                StatuteCode.of(c.statute()), c.victimIds().stream().map(Ids::personId).collect(Collectors.toSet()),
                Optional.ofNullable(facts(c.facts())))).toList();
    }

    static OffenceFacts facts(FactsInput f) {
        if (f == null) {
            return null;
        }
        return new OffenceFacts(set(f.acts()), set(f.means()), set(f.purposes()),
                new Route(f.route() == null ? null : f.route().stream().map(CountryCode::of).toList()),
                f.offenceDate(), set(f.circumstances()));
    }

    /** An optional input list as a list; a null element is refused as {@link #set} refuses it. */
    static <E> List<E> list(List<E> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new BadInput("NULL_IN_LIST", "a list holds an empty (null) value");
        }
        return List.copyOf(values);
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
