package org.insaf.adapters.persistence.casefile.write;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.query.NativeQuery;
import org.insaf.adapters.persistence.casefile.CaseFileMapper;
import org.insaf.adapters.persistence.casefile.CaseReadViews;
import org.insaf.adapters.persistence.identity.IdentityCipher;
import org.insaf.application.error.Conflict;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.CaseClosed;
import org.insaf.domain.casefile.event.CaseDecided;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.FirRegistered;
import org.insaf.domain.casefile.event.InvestigationClosed;
import org.insaf.domain.casefile.event.InvestigationStarted;
import org.insaf.domain.casefile.event.TrialOpened;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Saves a case by writing its pending events: a new case's row is inserted at version 1 (its
 * FirRegistered); a loaded case's version is checked and raised, with its status (and the reason a
 * closed investigation must carry with it) and its read view, in one conditional UPDATE (if
 * someone saved first, no row matches and nothing is written); then each event's writer adds or
 * changes its rows. Writes only; nothing here reads a case.
 */
@ApplicationScoped
public class PostgresCaseEventWriter implements CaseEventWriter {

    private final Map<Class<?>, EventWriter<?>> writers;

    PostgresCaseEventWriter(CaseFileMapper mapper, IdentityCipher cipher) {
        List<EventWriter<?>> all = List.of(new FirRegisteredWriter(),
                new StatusEnteredWriter<>(InvestigationStarted.class), new StatusEnteredWriter<>(InvestigationClosed.class),
                new VictimAddedWriter(mapper, cipher), new AccusedAddedWriter(mapper), new FactsRecordedWriter(mapper),
                new CaseAssignedWriter(), new ChargeSheetFiledWriter(mapper), new StatusEnteredWriter<>(TrialOpened.class),
                new HearingRecordedWriter(mapper), new VerdictGivenWriter(), new SentencePassedWriter(),
                new SentencingOrderMadeWriter(),
                new StatusEnteredWriter<>(CaseDecided.class), new StatusEnteredWriter<>(CaseClosed.class),
                new CaseTransferredWriter(),
                new CustodyChangedWriter(), new BailAppliedWriter(), new BailDecidedWriter(), new BailCancelledWriter(),
                new SupplementaryChargeSheetFiledWriter(mapper),
                new AppealFiledWriter(), new AppealOrdersWriter.Admission(), new AppealDecidedWriter(),
                new AppealOrdersWriter.Suspension());
        writers = all.stream().collect(Collectors.toUnmodifiableMap(EventWriter::type, Function.identity()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long save(Case changed) {
        List<CaseEvent> events = changed.pendingEvents();
        if (events.isEmpty()) {
            throw new IllegalStateException("case " + changed.id() + " has no change to save");
        }
        EntityManager em = Panache.getEntityManager();
        // The rows this transaction read (read-only) must not stand in for the rows written below.
        em.flush();
        em.clear();
        long next = changed.version() + 1;
        try {
            if (changed.version() == 0) {
                if (!(events.get(0) instanceof FirRegistered)) {
                    throw new IllegalStateException("a new case is saved from the registration of its FIR");
                }
            } else {
                raiseVersion(changed, next, em);
            }
            Positions positions = new Positions(changed, events);
            for (CaseEvent event : events) {
                writerOf(event).write(event, changed, positions, em);
            }
            em.flush();
        } catch (RuntimeException e) {
            throw translate(e, changed);
        }
        em.clear();
        changed.eventsSaved();
        return next;
    }

    // Native, to write the read view as JSON in the same statement; typed nulls, as a native
    // query cannot infer a parameter's type from a null.
    private static void raiseVersion(Case changed, long next, EntityManager em) {
        int updated = em.createNativeQuery("""
                        update case_file set version = :next, status = :status, investigation_closed_reason = :reason,
                          read_view = cast(:view as json), read_format = :format
                        where id = :id and version = :loaded""")
                .unwrap(NativeQuery.class)
                .setParameter("next", next).setParameter("status", changed.status().name())
                .setParameter("reason", changed.investigationClosedReason().orElse(null), String.class)
                .setParameter("view", CaseReadViews.of(changed, next), String.class)
                .setParameter("format", CaseReadViews.FORMAT)
                .setParameter("id", changed.id().value()).setParameter("loaded", changed.version())
                .executeUpdate();
        if (updated == 0) {
            Long current = em.createQuery("select c.version from CaseFileEntity c where c.id = :id", Long.class)
                    .setParameter("id", changed.id().value()).getResultStream().findFirst().orElse(0L);
            throw new StaleCase(changed.id(), changed.version(), current);
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends CaseEvent> EventWriter<E> writerOf(E event) {
        EventWriter<?> writer = writers.get(event.getClass());
        if (writer == null) {
            throw new IllegalStateException("no writer for " + event.getClass().getName());
        }
        return (EventWriter<E>) writer;
    }

    private static RuntimeException translate(RuntimeException e, Case changed) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ConstraintViolationException violation) {
            if ("case_file_fir_unique".equals(violation.getConstraintName())) {
                return new Conflict("FIR " + changed.firNumber() + " of " + changed.circle() + " is already registered");
            }
            if ("case_file_pkey".equals(violation.getConstraintName())) {
                // Two first saves of the same new case: the other one was first.
                return new StaleCase(changed.id());
            }
        }
        return e;
    }
}
