package org.insaf.domain.person.registry;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A victim of one case as the person register knows it: the case, the CNIC if recorded, and the
 * victims of other cases an investigator confirmed to be the same person. A link joins two victims
 * and nothing else: neither case is rewritten, so separating them restores both as they were.
 */
public final class VictimRecord {

    private final PersonId id;
    private final CaseId caseId;
    private final Optional<String> cnic;
    private final Set<PersonId> linkedTo;

    public VictimRecord(PersonId id, CaseId caseId, Optional<String> cnic, Set<PersonId> linkedTo) {
        this.id = InvalidValueException.required(id, "victim id");
        this.caseId = InvalidValueException.required(caseId, "case id");
        this.cnic = InvalidValueException.required(cnic, "CNIC (or its absence)");
        this.linkedTo = new LinkedHashSet<>(InvalidValueException.required(linkedTo, "linked victims"));
    }

    public PersonId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public Optional<String> cnic() {
        return cnic;
    }

    public Set<PersonId> linkedTo() {
        return Set.copyOf(linkedTo);
    }

    /** Links this victim and the other as one person, both ways, as VictimLinkPolicy allows. */
    public void linkTo(VictimRecord other) {
        VictimLinkPolicy.mayLink(this, other).orThrow();
        linkedTo.add(other.id);
        other.linkedTo.add(id);
    }

    /** Separates this victim from the other, both ways, when they were linked. */
    public void separateFrom(VictimRecord other) {
        VictimLinkPolicy.maySeparate(this, other).orThrow();
        linkedTo.remove(other.id);
        other.linkedTo.remove(id);
    }
}
