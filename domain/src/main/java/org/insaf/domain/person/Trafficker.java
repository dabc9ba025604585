package org.insaf.domain.person;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An accused person or organisation. Unlike a victim, an accused is named in the FIR, so the name
 * is not a protected part.
 *
 * @param cnic        12345-1234567-1 for a Pakistani person, null otherwise; also lets the case
 *                    recognise a victim recorded under another id
 * @param nationality null when not known
 * @param links       other traffickers this one works with (the network), by person id
 */
public record Trafficker(PersonId id, TraffickerKind kind, String name, String cnic, Set<TraffickerRole> roles,
                         CountryCode nationality, Set<PersonId> links) {

    public Trafficker {
        InvalidValueException.required(id, "trafficker person id");
        InvalidValueException.required(kind, "kind of trafficker");
        name = InvalidValueException.requiredText(name, "trafficker name");
        InvalidValueException.check(cnic == null || cnic.matches("\\d{5}-\\d{7}-\\d"), "CNIC_FORMAT",
                "a CNIC reads 12345-1234567-1");
        InvalidValueException.check(cnic == null || kind == TraffickerKind.PERSON, "CNIC_ONLY_FOR_PERSONS",
                "an organisation has no CNIC");
        roles = Victim.frozen(roles, TraffickerRole.class);
        Set<PersonId> copy = new LinkedHashSet<>();
        if (links != null) {
            for (PersonId link : links) {
                copy.add(InvalidValueException.required(link, "linked trafficker"));
            }
        }
        InvalidValueException.check(!copy.contains(id), "TRAFFICKER_NOT_LINKED_TO_ITSELF",
                "a trafficker cannot be linked to itself");
        links = Collections.unmodifiableSet(copy);
    }

    public static Trafficker person(PersonId id, String name, Set<TraffickerRole> roles, CountryCode nationality) {
        return new Trafficker(id, TraffickerKind.PERSON, name, null, roles, nationality, Set.of());
    }

    public static Trafficker organisation(PersonId id, String name, Set<TraffickerRole> roles) {
        return new Trafficker(id, TraffickerKind.ORGANISATION, name, null, roles, null, Set.of());
    }

    public Trafficker withCnic(String number) {
        return new Trafficker(id, kind, name, number, roles, nationality, links);
    }

    public Trafficker linkedTo(PersonId other) {
        Set<PersonId> more = new LinkedHashSet<>(links);
        more.add(other);
        return new Trafficker(id, kind, name, cnic, roles, nationality, more);
    }

}
