package org.insaf.application.service;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;

import org.insaf.application.adapters.FixedClock;
import org.insaf.application.adapters.InMemoryAuditLog;
import org.insaf.application.adapters.InMemoryCases;
import org.insaf.application.adapters.InMemoryPersonRegister;
import org.insaf.application.adapters.InMemoryPseudonymSequence;
import org.insaf.application.adapters.InMemoryVictimRegister;
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
    public final TransferService transfers = new TransferService(runner, statutes);
    public final ProsecutionService prosecution = new ProsecutionService(runner, statutes);
    public final TrialService trial = new TrialService(runner, statutes);
    public final CustodyService custody = new CustodyService(runner, statutes);
    public final AppealService appeals = new AppealService(runner, statutes);
    public final CaseQueryService queries = new CaseQueryService(runner, cases, cases);
    public final AuditTrailService auditTrail = new AuditTrailService(runner);
    public final StatuteCatalogueService statuteList = new StatuteCatalogueService(statutes);
    public final InMemoryPersonRegister personRegister = new InMemoryPersonRegister(cases);
    public final PersonService persons = new PersonService(runner, personRegister, cases);
    public final InMemoryVictimRegister victimRegister = new InMemoryVictimRegister(cases);
    public final VictimPersonService victims = new VictimPersonService(runner, victimRegister, cases);

    public Case load(CaseId id) {
        return cases.load(id).orElseThrow(() -> new AssertionError("case " + id + " is not stored"));
    }

    /**
     * The case as the actor reads it through {@link CaseQueryService#getCase} (which must admit the
     * actor and answer the projection of the stored case), given as the view of the stored case, so
     * tests can look at its domain values.
     */
    public CaseView seenBy(Actor actor, CaseId id) {
        CaseDetail read = queries.getCase(actor, id);
        Case stored = load(id);
        if (!read.equals(CaseProjection.of(stored))) {
            throw new AssertionError("case " + id + " is read as " + read + ", not as stored: " + CaseProjection.of(stored));
        }
        return CaseView.of(stored);
    }

    public Stored stored(CaseId id) {
        return Stored.of(load(id));
    }
}
