package org.insaf.application.audit;

import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.casefile.event.AccusedAdded;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.event.AppealAdmissionOrdered;
import org.insaf.domain.casefile.event.AppealDecided;
import org.insaf.domain.casefile.event.AppealFiled;
import org.insaf.domain.casefile.event.SentenceSuspended;
import org.insaf.domain.casefile.event.BailApplied;
import org.insaf.domain.casefile.event.BailCancelled;
import org.insaf.domain.casefile.event.BailDecided;
import org.insaf.domain.casefile.event.CustodyChanged;
import org.insaf.domain.casefile.event.SupplementaryChargeSheetFiled;
import org.insaf.domain.casefile.event.CaseAssigned;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.CaseTransferred;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.event.ChargeSheetFiled;
import org.insaf.domain.casefile.event.FactsRecorded;
import org.insaf.domain.casefile.event.FirRegistered;
import org.insaf.domain.casefile.event.HearingRecorded;
import org.insaf.domain.casefile.event.InvestigationClosed;
import org.insaf.domain.casefile.event.SentencePassed;
import org.insaf.domain.casefile.event.SentencingOrderMade;
import org.insaf.domain.casefile.event.StatusEntered;
import org.insaf.domain.casefile.event.VerdictGiven;
import org.insaf.domain.casefile.event.VictimAdded;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.Victim;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.statute.Sentence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The content of a domain event as the audit entry keeps it (and its seal covers): one line, the
 * event's name and its fields in a fixed order. Nothing that identifies a person is written: a
 * victim's protected identity and date of birth, an accused's name and CNIC are left out; free text
 * (hearing proceedings, reasons, justifications, warnings) is kept as its SHA-256, so the entry shows
 * that the text was written and whether it is still the same, without repeating it.
 */
public final class CaseEventContent {

    private CaseEventContent() {
    }

    /** The events of one change, one per line. */
    public static String of(List<CaseEvent> events) {
        return events.stream().map(CaseEventContent::of).collect(Collectors.joining("\n"));
    }

    static String of(CaseEvent event) {
        Fields f = new Fields(event.getClass().getSimpleName()).put("on", event.on());
        if (event instanceof FirRegistered e) {
            f.put("fir", e.firNumber().value()).put("circle", e.office().code())
                    .put("sections", e.firSections()).put("otherSections", e.otherSections());
            // An FIA circle without a place reads as it always has; any other office says what it is.
            if (e.office().agency() != Agency.FIA || e.office().province().isPresent()) {
                office(f, "office.", e.office());
            }
        } else if (event instanceof InvestigationClosed e) {
            f.digest("reason", e.reason());
        } else if (event instanceof ChargeSheetFiled e) {
            e.offences().forEach(o -> charge(f, o));
            e.warnings().forEach(w -> warning(f, w));
        } else if (event instanceof VictimAdded e) {
            victim(f, e.victim());
        } else if (event instanceof AccusedAdded e) {
            accused(f, e.accused());
        } else if (event instanceof FactsRecorded e) {
            facts(f, "", e.facts());
        } else if (event instanceof CaseAssigned e) {
            assignment(f, e.assignment());
        } else if (event instanceof HearingRecorded e) {
            hearing(f, e.hearing());
        } else if (event instanceof VerdictGiven e) {
            f.put("charge", e.offenceId().value()).put("outcome", e.outcome());
            verdictParticulars(f, e.verdict());
        } else if (event instanceof SentencePassed e) {
            f.put("charge", e.offenceId().value());
            sentence(f, e.sentence());
        } else if (event instanceof SentencingOrderMade e) {
            sentencingOrder(f, e.order());
        } else if (event instanceof CaseTransferred e) {
            office(f, "from.", e.transfer().from());
            office(f, "to.", e.transfer().to());
            f.digest("reason", e.transfer().reason());
        } else if (event instanceof SupplementaryChargeSheetFiled e) {
            e.offences().forEach(o -> charge(f, o));
            e.warnings().forEach(w -> warning(f, w));
        } else if (event instanceof CustodyChanged e) {
            f.put("accused", e.change().accused().value()).put("custody", e.change().status())
                    .put("proclaimedOn", e.change().proclamation()).put("propertyAttached", e.change().propertyAttached());
        } else if (event instanceof BailApplied e) {
            f.put("application", e.application().id().value()).put("accused", e.application().accused().value())
                    .put("court", e.application().court()).put("appliedBy", e.application().appliedBy());
        } else if (event instanceof BailDecided e) {
            f.put("application", e.applicationId().value()).put("outcome", e.decision().outcome())
                    .put("surety", Optional.ofNullable(e.decision().surety()).map(r -> r.amount()));
            e.decision().reasonGiven().ifPresent(r -> f.digest("reason", r));
        } else if (event instanceof BailCancelled e) {
            f.put("application", e.applicationId().value()).digest("reason", e.cancellation().reason());
        } else if (event instanceof AppealFiled e) {
            Appeal a = e.appeal();
            f.put("appeal", a.id().value()).put("accused", a.accused().value()).put("kind", a.kind())
                    .put("appellant", a.appellant()).put("against", a.against()).put("forum", a.forum())
                    .put("judgmentOn", a.judgmentOn()).digest("grounds", a.grounds());
        } else if (event instanceof AppealAdmissionOrdered e) {
            f.put("appeal", e.appealId().value()).put("admitted", e.admission().admitted());
            Optional.ofNullable(e.admission().reason()).ifPresent(r -> f.digest("reason", r));
        } else if (event instanceof AppealDecided e) {
            f.put("appeal", e.appealId().value()).put("accused", e.accused().value()).put("outcome", e.decision().outcome());
            e.decision().sentences().forEach(s -> {
                f.put("charge", s.charge().value());
                sentence(f, s.sentence());
            });
        } else if (event instanceof SentenceSuspended e) {
            f.put("appeal", e.appealId().value());
        } else if (!(event instanceof StatusEntered)) {
            throw new IllegalArgumentException("no audit content for " + event.getClass().getName());
        }
        return f.toString();
    }

    private static void charge(Fields f, Offence o) {
        f.put("charge", o.id().value()).put("accused", o.accused().value()).put("statute", o.statute())
                .put("victims", o.victims().stream().map(v -> v.value().toString()).sorted().toList());
        facts(f, "charge.", o.facts());
    }

    private static void warning(Fields f, CaseWarning w) {
        f.put("warning", w.rule()).put("warning.accused", w.accused().value()).digest("warning.message", w.message());
    }

    private static void victim(Fields f, Victim v) {
        f.put("victim", v.id().value()).put("pseudonym", v.pseudonym()).put("gender", v.gender())
                .put("ageKnown", v.age().isKnown()).put("nationality", v.nationality())
                .put("vulnerabilities", v.vulnerabilities()).put("exploitation", v.exploitation())
                .put("protection", v.protection()).put("recruiterRelation", v.recruiterRelation());
    }

    private static void accused(Fields f, Accused a) {
        Trafficker t = a.trafficker();
        f.put("accused", t.id().value()).put("kind", t.kind()).put("roles", t.roles())
                .put("nationality", t.nationality()).put("cnicRecorded", t.cnic() != null)
                .put("links", t.links().stream().map(l -> l.value().toString()).sorted().toList())
                .put("addedOn", a.addedOn());
        a.justification().ifPresent(j -> f.digest("nonPunishmentJustification", j));
    }

    private static void facts(Fields f, String prefix, OffenceFacts facts) {
        f.put(prefix + "acts", facts.acts()).put(prefix + "means", facts.means())
                .put(prefix + "purposes", facts.purposes()).put(prefix + "route", facts.route().describe())
                .put(prefix + "offenceDate", facts.offenceDate()).put(prefix + "circumstances", facts.circumstances());
    }

    private static void office(Fields f, String prefix, InvestigatingOffice o) {
        f.put(prefix + "agency", o.agency()).put(prefix + "code", o.code()).put(prefix + "province", o.province())
                .put(prefix + "district", o.district());
    }

    private static void assignment(Fields f, CaseAssignment a) {
        f.put("investigator", a.investigator()).put("prosecutor", a.prosecutor()).put("court", a.court())
                .put("judge", a.judge());
    }

    private static void hearing(Fields f, Hearing h) {
        f.put("date", h.date()).put("court", h.court()).digest("proceedings", h.proceedings())
                .put("nextDate", h.nextHearing());
    }

    // Only what a verdict after trial does not have, so that its entries read as before.
    private static void verdictParticulars(Fields f, Verdict v) {
        if (v.onGuiltyPlea()) {
            f.put("onGuiltyPlea", true);
        }
        if (v.outcome() == VerdictOutcome.WITHDRAWN) {
            f.put("effect", v.effect());
        }
        v.compoundingParty().ifPresent(p -> f.put("compoundedBy", p.value()));
        v.dateOfDeath().ifPresent(d -> f.put("accusedDiedOn", d));
    }

    private static void sentencingOrder(Fields f, SentencingOrder o) {
        f.put("accused", o.accused().value()).put("pronouncedOn", o.pronouncedOn())
                .put("custodyCreditDays", o.custodyCreditDays());
        o.directions().forEach(d -> f.put("charge", d.charge().value()).put("charge.run", d.runNumber())
                .put("charge.description", Optional.ofNullable(d.description())).put("charge.inDefaultOfFine", d.defaultTerm()));
        o.compensation().forEach(c -> f.put("compensation.victim", c.victim().value())
                .put("compensation.pkr", c.amount().amount()).put("compensation.under", c.under()));
    }

    private static void sentence(Fields f, Sentence s) {
        f.put("pronouncedOn", s.pronouncedOn()).put("kind", s.kind()).put("term", s.termOfImprisonment())
                .put("fine", s.fineAmount().map(r -> r.amount()));
    }

    /** Fields written as name=value, separated by spaces; values escaped so that no field can forge another. */
    private static final class Fields {
        private final StringJoiner line;

        Fields(String name) {
            line = new StringJoiner(" ");
            line.add(name);
        }

        Fields put(String name, Object value) {
            line.add(name + "=" + escape(text(value)));
            return this;
        }

        Fields digest(String name, String text) {
            return put(name, "sha256:" + sha256(text));
        }

        private static String text(Object value) {
            if (value instanceof Optional<?> o) {
                return o.map(CaseEventContent.Fields::text).orElse("");
            }
            if (value instanceof Collection<?> c) {
                return c.stream().map(CaseEventContent.Fields::text).sorted().collect(Collectors.joining(","));
            }
            return String.valueOf(value);
        }

        private static String escape(String value) {
            return value.replace("\\", "\\\\").replace(" ", "\\s").replace("\n", "\\n").replace("=", "\\e");
        }

        @Override
        public String toString() {
            return line.toString();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
