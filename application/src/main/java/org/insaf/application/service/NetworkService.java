package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.PersonNotFound;
import org.insaf.application.person.network.PersonNetwork;
import org.insaf.application.port.in.ReadNetworkQuery;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.NetworkReader;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.PersonId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network around a case or a person, followed hop by hop (one read per hop) through the cases
 * the caller may see. A case the caller may not see is counted, never shown and never followed: its
 * other accused, victims, office and number stay unknown, as personCandidates keeps them.
 */
@ApplicationScoped
public class NetworkService implements ReadNetworkQuery {

    static final String HOW_TO_ASK = "Persons of this network appear in cases of other offices. Ask an admin of your "
            + "agency, quoting this case or person, to arrange access with the offices that hold them";

    private final CaseCommandRunner cases;
    private final NetworkReader reader;

    @Inject
    public NetworkService(CaseCommandRunner cases, NetworkReader reader) {
        this.cases = cases;
        this.reader = reader;
    }

    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public PersonNetwork network(Query query) {
        Actor actor = query.actor();
        if (!(actor.has(Role.INVESTIGATOR) || actor.has(Role.PROSECUTOR) || actor.has(Role.JUDGE)
                || actor.has(Role.ADMIN))) {
            throw new AccessRefused("Only investigators, prosecutors, judges and admins read networks of cases: "
                    + "a network names accused persons and their cases");
        }
        CaseVisibility visibility = cases.access().visibilityOf(actor);
        Set<CaseId> start = new LinkedHashSet<>();
        CaseId audited;
        Optional<CaseStatus> status;
        Optional<PersonId> centre = Optional.empty();
        if (query.caseId().isPresent()) {
            CaseId id = query.caseId().get();
            Case theCase;
            try {
                theCase = cases.visible(actor, id);
            } catch (CaseNotFound refused) {
                cases.recordRefusal(actor, AuditAction.READ_CASE_REFUSED, id, Optional.empty(),
                        "network; case not open to the caller, or missing");
                throw refused;
            }
            start.add(id);
            audited = id;
            status = Optional.of(theCase.status());
        } else {
            PersonId person = query.person().orElseThrow();
            List<NetworkReader.Appearance> own = reader.appearancesOf(person, visibility);
            own.stream().filter(NetworkReader.Appearance::visible).forEach(a -> start.add(a.caseId()));
            if (start.isEmpty()) {
                throw new PersonNotFound(person);
            }
            centre = Optional.of(own.get(0).person());
            audited = start.iterator().next();
            status = Optional.empty();
        }
        PersonNetwork network = followed(query, visibility, start, centre);
        cases.recordUnchanged(actor, AuditAction.READ_NETWORK, audited, status,
                "network around " + query.caseId().map(id -> "case " + id).orElseGet(() -> "person " + query.person().orElseThrow())
                        + ", " + query.bounds().depth() + " hop(s): " + network.cases().size() + " case(s) and "
                        + network.persons().size() + " person(s) shown, " + network.casesInOtherOffices()
                        + " case(s) not open to the caller" + (network.truncated() ? ", cut at " + query.bounds().maxNodes() + " nodes" : ""));
        return network;
    }

    private PersonNetwork followed(Query query, CaseVisibility visibility, Set<CaseId> start, Optional<PersonId> centre) {
        int max = query.bounds().maxNodes();
        Set<PersonId> persons = new LinkedHashSet<>();
        Set<CaseId> shown = new LinkedHashSet<>();
        Map<PersonId, Set<CaseId>> hiddenOf = new LinkedHashMap<>();
        Set<CaseId> hidden = new HashSet<>();
        boolean truncated = false;
        // The centre first, so that a cut never leaves out what was asked about.
        if (centre.isPresent()) {
            persons.add(centre.get());
        }
        for (CaseId id : start) {
            if (persons.size() + shown.size() >= max) {
                truncated = true;
                break;
            }
            shown.add(id);
        }
        Set<CaseId> frontier = new LinkedHashSet<>(shown);
        for (int hop = 1; hop <= query.bounds().depth() && !frontier.isEmpty(); hop++) {
            Set<CaseId> next = new LinkedHashSet<>();
            for (NetworkReader.Appearance seen : reader.appearances(frontier, visibility)) {
                if (!persons.contains(seen.person())) {
                    if (persons.size() + shown.size() >= max) {
                        truncated = true;
                        continue;
                    }
                    persons.add(seen.person());
                }
                if (!seen.visible()) {
                    hiddenOf.computeIfAbsent(seen.person(), p -> new HashSet<>()).add(seen.caseId());
                    hidden.add(seen.caseId());
                } else if (!shown.contains(seen.caseId())) {
                    if (persons.size() + shown.size() >= max) {
                        truncated = true;
                        continue;
                    }
                    shown.add(seen.caseId());
                    next.add(seen.caseId());
                }
            }
            frontier = next;
        }
        return assembled(query, persons, shown, hiddenOf, hidden.size(), truncated, centre);
    }

    private PersonNetwork assembled(Query query, Set<PersonId> personIds, Set<CaseId> caseIds,
                                    Map<PersonId, Set<CaseId>> hiddenOf, int hidden, boolean truncated,
                                    Optional<PersonId> centre) {
        NetworkReader.Content content = reader.content(caseIds);
        Map<PersonId, List<String>> names = new LinkedHashMap<>();
        Map<PersonId, Set<TraffickerRole>> roles = new LinkedHashMap<>();
        Map<CaseId, Map<PersonId, Set<TraffickerRole>>> rolesIn = new LinkedHashMap<>();
        List<PersonNetwork.Link> links = new ArrayList<>();
        for (NetworkReader.AccusedRow row : content.accused()) {
            if (!personIds.contains(row.person())) {
                continue;
            }
            List<String> written = names.computeIfAbsent(row.person(), p -> new ArrayList<>());
            if (!written.contains(row.name())) {
                written.add(row.name());
            }
            roles.computeIfAbsent(row.person(), p -> EnumSet.noneOf(TraffickerRole.class)).addAll(row.roles());
            rolesIn.computeIfAbsent(row.caseId(), c -> new LinkedHashMap<>()).put(row.person(), row.roles());
            links.add(new PersonNetwork.Link(PersonNetwork.LinkKind.ACCUSED_IN, row.person().toString(),
                    row.caseId().toString(), row.caseId(), row.roles(), Optional.empty()));
        }
        Set<String> pairs = new HashSet<>();
        for (NetworkReader.AccusedRow row : content.accused()) {
            for (PersonId other : row.worksWith()) {
                boolean both = rolesIn.getOrDefault(row.caseId(), Map.of()).containsKey(row.person())
                        && rolesIn.get(row.caseId()).containsKey(other) && !other.equals(row.person());
                String a = row.person().toString();
                String b = other.toString();
                String pair = row.caseId() + (a.compareTo(b) < 0 ? a + b : b + a);
                if (both && pairs.add(pair)) {
                    links.add(new PersonNetwork.Link(PersonNetwork.LinkKind.WORKS_WITH, a, b, row.caseId(), Set.of(),
                            Optional.empty()));
                }
            }
        }
        int room = query.bounds().maxNodes() - personIds.size() - caseIds.size();
        Map<String, PersonNetwork.Victim> victims = new LinkedHashMap<>();
        for (NetworkReader.VictimRow row : content.victims()) {
            if (victims.size() >= room) {
                truncated = true;
                break;
            }
            victims.put(row.pseudonym(), new PersonNetwork.Victim(row.pseudonym(), row.caseId(), row.recruiterRelation()));
            links.add(new PersonNetwork.Link(PersonNetwork.LinkKind.VICTIM_IN, row.pseudonym(), row.caseId().toString(),
                    row.caseId(), Set.of(), Optional.empty()));
        }
        Set<String> charged = new HashSet<>();
        for (NetworkReader.ChargeRow row : content.charges()) {
            PersonNetwork.Victim victim = victims.get(row.pseudonym());
            Set<TraffickerRole> in = rolesIn.getOrDefault(row.caseId(), Map.of()).get(row.person());
            if (victim == null || in == null || !charged.add(row.person() + row.pseudonym())) {
                continue;
            }
            boolean recruiter = in.contains(TraffickerRole.RECRUITER);
            links.add(new PersonNetwork.Link(recruiter ? PersonNetwork.LinkKind.RECRUITED : PersonNetwork.LinkKind.CHARGED_FOR,
                    row.person().toString(), row.pseudonym(), row.caseId(), in,
                    recruiter ? Optional.of(victim.recruiterRelation()) : Optional.empty()));
        }
        List<PersonNetwork.Person> persons = personIds.stream().map(id -> new PersonNetwork.Person(id,
                names.getOrDefault(id, List.of()), roles.getOrDefault(id, Set.of()),
                hiddenOf.getOrDefault(id, Set.of()).size())).toList();
        List<PersonNetwork.Case> shown = content.cases().stream()
                .map(c -> new PersonNetwork.Case(c.id(), c.firNumber(), c.office(), c.status(), c.routes())).toList();
        return new PersonNetwork(query.caseId(), centre, query.bounds().depth(), query.bounds().maxNodes(), persons,
                shown, List.copyOf(victims.values()), links, hidden, truncated,
                hidden > 0 ? Optional.of(HOW_TO_ASK) : Optional.empty());
    }
}
