package org.insaf.adapters.persistence.statistics;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.insaf.application.error.Conflict;
import org.insaf.application.port.out.FiguresPublications;
import org.insaf.application.statistics.FigureRows;
import org.insaf.application.statistics.Publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The published figures in two tables the database keeps frozen (V7: UPDATE, DELETE and TRUNCATE
 * are refused): one row per publication, one row per figure of it ({@link FigureRows}).
 */
@ApplicationScoped
public class PostgresFiguresPublications implements FiguresPublications {

    private static final String BETWEEN = """
            SELECT p.id, p.year, p.revision, p.published_on, p.published_at, p.published_by, p.reason, f.figure, f.value
            FROM figures_publication p LEFT JOIN published_figure f ON f.publication_id = p.id
            WHERE p.year >= :from AND p.year <= :to
            ORDER BY p.year, p.revision, f.figure""";

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Publication> between(int fromYear, int toYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery(BETWEEN)
                .setParameter("from", fromYear).setParameter("to", toYear).getResultList();
        Map<UUID, Object[]> heads = new LinkedHashMap<>();
        Map<UUID, Map<String, Long>> figures = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            heads.putIfAbsent(id, row);
            Map<String, Long> values = figures.computeIfAbsent(id, k -> new TreeMap<>());
            if (row[7] != null) {
                values.put((String) row[7], ((Number) row[8]).longValue());
            }
        }
        List<Publication> publications = new ArrayList<>();
        heads.forEach((id, h) -> {
            int year = ((Number) h[1]).intValue();
            publications.add(new Publication(year, ((Number) h[2]).intValue(), localDate(h[3]), instant(h[4]),
                    (String) h[5], Optional.ofNullable((String) h[6]), FigureRows.figures(year, figures.get(id))));
        });
        return publications;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Publication p) {
        EntityManager em = em();
        UUID id = UUID.randomUUID();
        try {
            em.createNativeQuery("""
                            INSERT INTO figures_publication (id, year, revision, published_on, published_at, published_by, reason)
                            VALUES (:id, :year, :revision, :on, :at, :by, :reason)""")
                    .setParameter("id", id).setParameter("year", p.year()).setParameter("revision", p.revision())
                    .setParameter("on", p.publishedOn()).setParameter("at", p.publishedAt().atOffset(ZoneOffset.UTC))
                    .setParameter("by", p.publishedBy()).setParameter("reason", p.reason().orElse(null))
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw translate(e, p);
        }
        for (Map.Entry<String, Long> figure : FigureRows.of(p.figures()).entrySet()) {
            em.createNativeQuery("INSERT INTO published_figure (publication_id, figure, value) VALUES (:id, :figure, :value)")
                    .setParameter("id", id).setParameter("figure", figure.getKey()).setParameter("value", figure.getValue())
                    .executeUpdate();
        }
    }

    private static RuntimeException translate(RuntimeException e, Publication p) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ConstraintViolationException violation
                && "figures_publication_revision_unique".equals(violation.getConstraintName())) {
            return new Conflict("revision " + p.revision() + " of the figures of " + p.year()
                    + " has just been published by someone else; read it and try again");
        }
        return e;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
