package org.insaf.application.service;

import org.insaf.application.adapters.FixedClock;
import org.insaf.application.adapters.InMemoryAuditLog;
import org.insaf.application.adapters.InMemoryCases;
import org.insaf.application.adapters.InMemoryPseudonymSequence;
import org.insaf.application.adapters.InMemoryStatuteCatalogueSource;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.statute.StatuteCatalogueFixture;

import java.time.LocalDate;
import java.util.Optional;

/** The application wired to the in-memory adapters, as the CDI container would wire it to real ones. */
public final class Insaf {

    public static final LocalDate TODAY = LocalDate.of(2024, 1, 15);

    /** What a stored case is, compared field by field to prove a refusal changed nothing. */
    public record Stored(CaseSnapshot snapshot, CaseAssignment assignment, Optional<OffenceFacts> facts) {
        static Stored of(Case record) {
            return new Stored(record.snapshot(), record.assignment(), record.recordedFacts());
        }
    }

    /** The cases in memory, with a hook that lets a test slip in someone else's change before a save. */
    public static final class Cases extends InMemoryCases {
        private Runnable beforeNextSave;
        private int saves;

        public void beforeNextSave(Runnable competingChange) {
            this.beforeNextSave = competingChange;
        }

        public int saves() {
            return saves;
        }

        @Override
        public synchronized long save(Case record) {
            Runnable hook = beforeNextSave;
            beforeNextSave = null;
            if (hook != null) {
                hook.run();
            }
            saves++;
            return super.save(record);
        }
    }

    public final FixedClock clock = new FixedClock(TODAY);
    public final Cases cases = new Cases();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryPseudonymSequence pseudonyms = new InMemoryPseudonymSequence();
    public final InMemoryStatuteCatalogueSource statutes = new InMemoryStatuteCatalogueSource(StatuteCatalogueFixture.all());

    public final CaseCommandRunner runner = new CaseCommandRunner(cases, cases, audit, clock);
    public final InvestigationService investigation = new InvestigationService(runner, cases, cases, pseudonyms, statutes);
    public final AssignmentService assignment = new AssignmentService(runner);
    public final ProsecutionService prosecution = new ProsecutionService(runner, statutes);
    public final TrialService trial = new TrialService(runner, statutes);
    public final CaseQueryService queries = new CaseQueryService(runner, cases, cases);
    public final AuditTrailService auditTrail = new AuditTrailService(runner);
    public final StatuteCatalogueService statuteList = new StatuteCatalogueService(statutes);

    public Case load(CaseId id) {
        return cases.load(id).orElseThrow(() -> new AssertionError("case " + id + " is not stored"));
    }

    public Stored stored(CaseId id) {
        return Stored.of(load(id));
    }
}
