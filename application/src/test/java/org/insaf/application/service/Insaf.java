package org.insaf.application.service;

import org.insaf.application.adapters.FixedClock;
import org.insaf.application.adapters.InMemoryAuditLog;
import org.insaf.application.adapters.InMemoryCaseRepository;
import org.insaf.application.adapters.InMemoryPseudonymSequence;
import org.insaf.application.adapters.InMemoryStatuteCatalogueSource;
import org.insaf.application.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.port.out.CaseRepository;
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
        static Stored of(CaseRecord record) {
            return new Stored(record.caseFile().snapshot(), record.assignment(), record.recordedFacts());
        }
    }

    /** The in-memory repository, with a hook that lets a test slip in someone else's change before a save. */
    public static final class Cases extends InMemoryCaseRepository {
        private Runnable beforeNextSave;
        private int saves;

        public void beforeNextSave(Runnable competingChange) {
            this.beforeNextSave = competingChange;
        }

        public int saves() {
            return saves;
        }

        @Override
        public synchronized long save(CaseRecord record) {
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

    public final CaseWorkflow workflow = new CaseWorkflow(cases, audit, clock);
    public final InvestigationService investigation = new InvestigationService(workflow, pseudonyms, statutes);
    public final AssignmentService assignment = new AssignmentService(workflow);
    public final ProsecutionService prosecution = new ProsecutionService(workflow, statutes);
    public final TrialService trial = new TrialService(workflow, statutes);
    public final CaseQueryService queries = new CaseQueryService(workflow);
    public final AuditTrailService auditTrail = new AuditTrailService(workflow);
    public final StatuteCatalogueService statuteList = new StatuteCatalogueService(statutes);

    public CaseRepository repository() {
        return cases;
    }

    public CaseRecord load(CaseId id) {
        return cases.load(id).orElseThrow(() -> new AssertionError("case " + id + " is not stored"));
    }

    public Stored stored(CaseId id) {
        return Stored.of(load(id));
    }
}
