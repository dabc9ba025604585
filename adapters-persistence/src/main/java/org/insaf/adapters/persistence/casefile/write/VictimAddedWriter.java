package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.adapters.persistence.casefile.VictimEntity;
import org.insaf.adapters.persistence.casefile.VictimIdentityEntity;
import org.insaf.adapters.persistence.identity.IdentityCipher;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.VictimAdded;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimIdentity;

import java.util.UUID;

/** A victim: the row everyone who works on the case sees, and the identity, encrypted, in its own row. */
final class VictimAddedWriter implements EventWriter<VictimAdded> {

    private final CaseFileMapper mapper;
    private final IdentityCipher cipher;

    VictimAddedWriter(CaseFileMapper mapper, IdentityCipher cipher) {
        this.mapper = mapper;
        this.cipher = cipher;
    }

    @Override
    public Class<VictimAdded> type() {
        return VictimAdded.class;
    }

    @Override
    public void write(VictimAdded event, Case after, Positions positions, EntityManager em) {
        Victim victim = event.victim();
        VictimEntity row = new VictimEntity();
        mapper.writeVictim(victim, row);
        row.caseId = event.caseId().value();
        row.position = positions.ofVictim(victim.id());
        em.persist(row);

        VictimIdentity identity = victim.identity().orElseThrow(() -> new IllegalStateException(
                "a victim is recorded with the identity given"));
        UUID id = victim.id().value();
        VictimIdentityEntity sealed = new VictimIdentityEntity();
        sealed.victimId = id;
        sealed.keyId = cipher.keyId();
        sealed.nameEnc = cipher.encrypt(identity.name(), id, "name");
        sealed.cnicEnc = cipher.encrypt(identity.cnic(), id, "cnic");
        sealed.contactEnc = cipher.encrypt(identity.contact(), id, "contact");
        sealed.addressEnc = cipher.encrypt(identity.address(), id, "address");
        em.persist(sealed);
    }
}
