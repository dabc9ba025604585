package org.insaf.application.person.network;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.PersonId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The network around a person or a case, as far as the caller may see it: the accused persons (as
 * the person register joins them across cases), the cases they appear in, the victims of those cases
 * by pseudonym only, and how they are linked. A case the caller may not see is never a node: it is
 * only counted, on the person who appears in it and in {@link #casesInOtherOffices()}, and nothing
 * is followed through it.
 *
 * @param startCase           the case it was asked around, or empty when asked around a person
 * @param startPerson         the person it was asked around (as joined), or empty
 * @param casesInOtherOffices distinct cases of the network's persons that the caller may not see
 * @param truncated           true when the node limit cut the network short
 */
public record PersonNetwork(Optional<CaseId> startCase, Optional<PersonId> startPerson, int depth, int maxNodes,
                            List<Person> persons, List<Case> cases, List<Victim> victims, List<Link> links,
                            int casesInOtherOffices, boolean truncated, Optional<String> howToAskForAccess) {

    public PersonNetwork {
        persons = List.copyOf(persons);
        cases = List.copyOf(cases);
        victims = List.copyOf(victims);
        links = List.copyOf(links);
    }

    public int nodes() {
        return persons.size() + cases.size() + victims.size();
    }

    /**
     * An accused person, with the names and roles the visible cases give them.
     *
     * @param casesInOtherOffices how many of the person's cases the caller may not see
     */
    public record Person(PersonId id, List<String> names, Set<TraffickerRole> roles, int casesInOtherOffices) {
        public Person {
            names = List.copyOf(names);
            roles = Set.copyOf(roles);
        }
    }

    /** A case the caller may see; each route is its countries from origin to destination, e.g. PK>AE. */
    public record Case(CaseId id, String firNumber, String office, CaseStatus status, List<String> routes) {
        public Case {
            routes = List.copyOf(routes);
        }
    }

    /** A victim of a case of the network, by the case's pseudonym: never an identity. */
    public record Victim(String pseudonym, CaseId caseId, RecruiterRelation recruiterRelation) {
    }

    /** What a link joins. */
    public enum LinkKind {
        /** A person is accused in a case, in the roles given. */
        ACCUSED_IN,
        /** A victim of a case. */
        VICTIM_IN,
        /** A recruiter charged for a victim: the victim's relation to their recruiter goes with it (CTDC). */
        RECRUITED,
        /** Another accused charged for a victim. */
        CHARGED_FOR,
        /** Two accused the case records as working together. */
        WORKS_WITH
    }

    /**
     * A link between two nodes, by their ids: a person's id, a case's id or a victim's pseudonym.
     *
     * @param caseId the case that records the link
     */
    public record Link(LinkKind kind, String from, String to, CaseId caseId, Set<TraffickerRole> roles,
                       Optional<RecruiterRelation> recruiterRelation) {
        public Link {
            roles = Set.copyOf(roles);
        }
    }
}
