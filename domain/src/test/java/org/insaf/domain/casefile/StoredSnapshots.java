package org.insaf.domain.casefile;

import org.insaf.domain.person.VictimFixture;

/** A case's snapshot as a store gives it back: at the stored version, its victims without identities. */
public final class StoredSnapshots {

    private StoredSnapshots() {
    }

    public static CaseSnapshot asStored(CaseSnapshot s, long version) {
        return new CaseSnapshot(s.id(), version, s.firNumber(), s.office(), s.firSections(), s.status(), s.statusDates(),
                s.investigationClosedReason(), s.victims().stream().map(VictimFixture::withoutIdentity).toList(),
                s.accused(), s.offences(), s.hearings(), s.warnings(), s.otherSections(), s.assignment(),
                s.recordedFacts(), s.sentencingOrders(), s.transfers(), s.proceedings());
    }
}
