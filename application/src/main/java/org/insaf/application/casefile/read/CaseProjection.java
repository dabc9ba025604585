package org.insaf.application.casefile.read;

import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.VictimView;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.AccusedProceedings;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppellateHistory;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CaseTransfer;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.sentencing.EffectiveTerm;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.Terms;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read view of a case, from the case itself: a pure function, used by the writes to keep each
 * case's stored view and by the commands' answers, so a read and a command answer the same.
 */
public final class CaseProjection {

    private CaseProjection() {
    }

    public static CaseDetail of(Case c) {
        return of(CaseView.of(c));
    }

    public static CaseDetail of(CaseView view) {
        return new CaseDetail(view.id().toString(), view.version(), view.firNumber().value(), view.office().code(),
                view.firSections().stream().map(StatuteCode::value).sorted().toList(), view.otherSections(),
                view.status(), view.statusDates().get(CaseStatus.REGISTERED), statusDates(view.statusDates()),
                view.investigationClosedReason().orElse(null),
                view.victims().stream().map(CaseProjection::victim).toList(),
                view.accused().stream().map(a -> accused(a, view.proceedings(), view.offences())).toList(),
                view.offences().stream().map(CaseProjection::charge).toList(),
                view.hearings().stream().map(CaseProjection::hearing).toList(),
                view.warnings().stream().map(CaseProjection::warning).toList(),
                assignment(view.assignment()), view.recordedFacts().map(CaseProjection::facts).orElse(null),
                view.sentencingOrders().stream().map(o -> sentencingOrder(o, view.offences())).toList(),
                office(view.office()), office(view.registeredAt()),
                view.transfers().stream().map(CaseProjection::transfer).toList(),
                appellate(view));
    }

    private static List<CaseDetail.Appellate> appellate(CaseView view) {
        List<Appeal> appeals = view.proceedings().appeals();
        return view.accused().stream().map(a -> a.trafficker().id())
                .filter(id -> appeals.stream().anyMatch(ap -> ap.accused().equals(id)))
                .map(id -> {
                    AppellateHistory history = new AppellateHistory(id, view.offences(), appeals,
                            view.sentencingOrders().stream().filter(o -> o.accused().equals(id)).findFirst());
                    Optional<EffectiveTerm> term = history.effectiveTerm();
                    Period total = term.map(EffectiveTerm::total).orElse(null);
                    return new CaseDetail.Appellate(id.toString(),
                            appeals.stream().filter(ap -> ap.accused().equals(id)).map(CaseProjection::appeal).toList(),
                            history.effectiveCharges().stream().map(o -> new CaseDetail.EffectiveCharge(o.id().toString(),
                                    verdict(o), o.sentencePassed().map(CaseProjection::sentence).orElse(null))).toList(),
                            total == null ? null : total.getYears(), total == null ? null : total.getMonths(),
                            total == null ? null : total.getDays(), total == null ? null : Terms.describe(total),
                            term.flatMap(EffectiveTerm::releaseDate).orElse(null));
                }).toList();
    }

    private static CaseDetail.AppealEntry appeal(Appeal a) {
        Optional<Appeal.Admission> admission = a.admitted();
        Optional<Appeal.Decision> decision = a.decided();
        return new CaseDetail.AppealEntry(a.id().toString(), a.kind(), a.appellant(), a.against(), a.forum(),
                a.filedOn(), a.judgmentOn(), a.grounds(), a.limitationEndsOn().orElse(null), a.filedOutOfTime(),
                admission.map(Appeal.Admission::admitted).orElse(null), admission.map(Appeal.Admission::on).orElse(null),
                admission.map(Appeal.Admission::reason).orElse(null),
                decision.map(Appeal.Decision::outcome).orElse(null), decision.map(Appeal.Decision::on).orElse(null),
                decision.map(d -> d.sentences().stream().map(s -> new CaseDetail.ChargeSentence(s.charge().toString(),
                        sentence(s.sentence()))).toList()).orElse(List.of()),
                a.sentenceSuspendedOn());
    }

    private static CaseDetail.SentencingOrder sentencingOrder(SentencingOrder o, List<Offence> offences) {
        EffectiveTerm term = o.effectiveTerm(offences.stream().filter(c -> c.accused().equals(o.accused())).toList());
        Period total = term.total();
        return new CaseDetail.SentencingOrder(o.accused().toString(), o.pronouncedOn(),
                o.directions().stream().map(d -> {
                    Period p = d.defaultTerm().orElse(null);
                    return new CaseDetail.ChargeDirection(d.charge().toString(), d.run(), d.description(),
                            p == null ? null : p.getYears(), p == null ? null : p.getMonths(), p == null ? null : p.getDays());
                }).toList(), o.custodyCreditDays(),
                o.compensation().stream().map(c -> new CaseDetail.Compensation(c.victim().toString(), c.amount().amount(),
                        c.under())).toList(),
                total.getYears(), total.getMonths(), total.getDays(), Terms.describe(total),
                term.releaseDate().orElse(null));
    }

    private static CaseDetail.Office office(InvestigatingOffice o) {
        return new CaseDetail.Office(o.agency(), o.code(), o.province().orElse(null), o.district().orElse(null));
    }

    private static CaseDetail.Transfer transfer(CaseTransfer t) {
        return new CaseDetail.Transfer(t.on(), office(t.from()), office(t.to()), t.reason());
    }

    private static List<CaseDetail.StatusDate> statusDates(Map<CaseStatus, LocalDate> dates) {
        return dates.entrySet().stream()
                .sorted(Map.Entry.<CaseStatus, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CaseDetail.StatusDate(e.getKey(), e.getValue())).toList();
    }

    private static CaseDetail.Victim victim(VictimView v) {
        return new CaseDetail.Victim(v.id().toString(), v.pseudonym().value(), v.gender(), v.age().dateOfBirth(),
                v.age().estimatedAge(), v.age().estimatedOn(), code(v.nationality()), sorted(v.vulnerabilities()),
                sorted(v.exploitation()), sorted(v.protection()), v.recruiterRelation());
    }

    private static CaseDetail.Accused accused(Accused a, AccusedProceedings proceedings, List<Offence> offences) {
        var t = a.trafficker();
        List<CaseDetail.CustodyEntry> history = new ArrayList<>();
        history.add(new CaseDetail.CustodyEntry(CustodyStatus.NOT_ARRESTED, a.addedOn(), null, false));
        proceedings.custody().stream().filter(c -> c.accused().equals(t.id()))
                .map(c -> new CaseDetail.CustodyEntry(c.status(), c.since(), c.proclamationPublishedOn(),
                        c.propertyAttached()))
                .forEach(history::add);
        CaseDetail.CustodyEntry current = history.get(history.size() - 1);
        LocalDate supplementary = offences.stream().filter(o -> o.accused().equals(t.id()))
                .map(o -> proceedings.supplementaryCharges().get(o.id())).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new CaseDetail.Accused(t.id().toString(), t.kind(), t.name(), t.cnic(), sorted(t.roles()),
                code(t.nationality()), t.links().stream().map(Object::toString).toList(), a.justification().orElse(null),
                current.status(), current.since(), history,
                proceedings.bail().stream().filter(b -> b.accused().equals(t.id())).map(CaseProjection::bail).toList(),
                supplementary);
    }

    private static CaseDetail.Bail bail(BailApplication b) {
        var decision = b.decided();
        var cancellation = b.cancelled();
        return new CaseDetail.Bail(b.id().toString(), b.court(), b.filedOn(), b.appliedBy(),
                decision.map(BailApplication.Decision::outcome).orElse(null),
                decision.map(BailApplication.Decision::on).orElse(null),
                decision.map(BailApplication.Decision::surety).map(Rupees::amount).orElse(null),
                decision.flatMap(BailApplication.Decision::reasonGiven).orElse(null),
                cancellation.map(BailApplication.Cancellation::on).orElse(null),
                cancellation.map(BailApplication.Cancellation::reason).orElse(null));
    }

    // The victims of a count are a set: sorted, so every read of the same count lists them alike.
    public static CaseDetail.Charge charge(Offence o) {
        return new CaseDetail.Charge(o.id().toString(), o.accused().toString(), o.statute().code().value(),
                o.statute().version(), o.victims().stream().map(Object::toString).sorted().toList(), facts(o.facts()),
                verdict(o), o.sentencePassed().map(CaseProjection::sentence).orElse(null));
    }

    private static CaseDetail.Verdict verdict(Offence o) {
        return o.verdictGiven().map(v -> new CaseDetail.Verdict(v.outcome(), v.date(), v.onGuiltyPlea(), v.effect(),
                v.compoundingParty().map(Object::toString).orElse(null), v.accusedDiedOn())).orElse(null);
    }

    private static CaseDetail.Sentence sentence(Sentence s) {
        Period term = s.termOfImprisonment().orElse(null);
        return new CaseDetail.Sentence(s.pronouncedOn(), s.kind(), term == null ? null : term.getYears(),
                term == null ? null : term.getMonths(), term == null ? null : term.getDays(),
                s.fineAmount().map(Rupees::amount).orElse(null), s.describe());
    }

    public static CaseDetail.Facts facts(OffenceFacts f) {
        return new CaseDetail.Facts(sorted(f.acts()), sorted(f.means()), sorted(f.purposes()),
                f.route().countries().stream().map(CountryCode::value).toList(), f.offenceDate(),
                sorted(f.circumstances()));
    }

    private static CaseDetail.Hearing hearing(Hearing h) {
        return new CaseDetail.Hearing(h.date(), h.court(), h.proceedings(), h.nextHearing().orElse(null));
    }

    private static CaseDetail.Warning warning(CaseWarning w) {
        return new CaseDetail.Warning(w.rule(), w.accused().toString(), w.message());
    }

    private static CaseDetail.Assignment assignment(CaseAssignment a) {
        return new CaseDetail.Assignment(a.investigator().orElse(null), a.prosecutor().orElse(null),
                a.court().orElse(null), a.judge().orElse(null));
    }

    private static String code(CountryCode country) {
        return country == null ? null : country.value();
    }

    private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
