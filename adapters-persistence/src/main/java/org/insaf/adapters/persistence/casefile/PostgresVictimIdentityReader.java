package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.insaf.adapters.persistence.identity.IdentityCipher;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and decrypts the identities of the victims asked for, in one statement, only those of the
 * case named: the one place where an identity is decrypted.
 */
@ApplicationScoped
public class PostgresVictimIdentityReader implements VictimIdentityReader {

    private final IdentityCipher cipher;

    PostgresVictimIdentityReader(IdentityCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<PersonId, VictimIdentity> read(CaseId caseId, Set<PersonId> victims) {
        if (victims.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, VictimIdentity> identities = new HashMap<>();
        Panache.getEntityManager().createQuery("""
                        select i from VictimIdentityEntity i
                        where i.victimId in :victims
                          and i.victimId in (select v.id from VictimEntity v where v.caseId = :caseId)""",
                        VictimIdentityEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("victims", victims.stream().map(PersonId::value).toList())
                .setParameter("caseId", caseId.value())
                .getResultStream()
                .forEach(row -> identities.put(new PersonId(row.victimId), decrypt(row)));
        return identities;
    }

    private VictimIdentity decrypt(VictimIdentityEntity row) {
        UUID id = row.victimId;
        return new VictimIdentity(cipher.decrypt(row.keyId, row.nameEnc, id, "name"), cipher.decrypt(row.keyId, row.cnicEnc, id, "cnic"),
                cipher.decrypt(row.keyId, row.contactEnc, id, "contact"), cipher.decrypt(row.keyId, row.addressEnc, id, "address"));
    }
}
