package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Role;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.port.in.PublishYearlyFiguresUseCase;
import org.insaf.application.port.in.YearlyFiguresQuery;
import org.insaf.application.port.out.AuditLog;
import org.insaf.application.port.out.BusinessClock;
import org.insaf.application.port.out.FiguresPublications;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.FigureChange;
import org.insaf.application.statistics.Publication;
import org.insaf.application.statistics.Revision;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.shared.InvalidValueException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Publishing a year's figures freezes them. Only an ended year is published (its figures are
 * complete); a published year is published again only as the next revision, with its reason and
 * with at least one figure changed, and the earlier revisions stay readable. Each publication is
 * audited in the same transaction.
 */
@ApplicationScoped
public class FiguresPublicationService implements PublishYearlyFiguresUseCase {

    private final ProsecutionStatistics statistics;
    private final FiguresPublications publications;
    private final AuditLog audit;
    private final BusinessClock clock;

    @Inject
    public FiguresPublicationService(ProsecutionStatistics statistics, FiguresPublications publications, AuditLog audit,
                                     BusinessClock clock) {
        this.statistics = statistics;
        this.publications = publications;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Revision publish(Command command) {
        if (!command.actor().has(Role.ANALYST)) {
            throw new AccessRefused("Only an analyst may publish the yearly figures");
        }
        int year = command.year();
        YearlyFiguresQuery.checkYear(year);
        LocalDate today = clock.today();
        InvalidValueException.check(year < today.getYear(), "FIGURES_OF_AN_ENDED_YEAR",
                "the figures of " + year + " can be published once the year is over (today is " + today + ")");
        Optional<Publication> latest = publications.between(year, year).stream()
                .reduce((earlier, later) -> later.revision() > earlier.revision() ? later : earlier);
        YearlyFigures now = statistics.figuresFor(year);
        List<FigureChange> changes = latest.map(p -> p.changesTo(now)).orElse(List.of());
        if (latest.isEmpty()) {
            InvalidValueException.check(command.reason().isEmpty(), "REVISION_NEEDS_REASON",
                    "the figures of " + year + " have not been published yet; a reason is given only for a revision");
        } else {
            Publication last = latest.get();
            InvalidValueException.check(command.reason().isPresent(), "REVISION_NEEDS_REASON",
                    "the figures of " + year + " were published on " + last.publishedOn() + " (revision " + last.revision()
                            + "); publishing them again is a revision and needs the reason for it");
            InvalidValueException.check(!changes.isEmpty(), "REVISION_CHANGES_FIGURES",
                    "no figure of " + year + " has changed since revision " + last.revision() + "; there is nothing to revise");
        }
        Instant at = clock.now();
        Publication publication = new Publication(year, latest.map(p -> p.revision() + 1).orElse(1), today, at,
                command.actor().userId(), command.reason(), now);
        publications.add(publication);
        audit.append(AuditEntry.withoutCase(at, command.actor().userId(), AuditAction.PUBLISH_FIGURES,
                "figures of " + year + ", revision " + publication.revision()
                        + latest.map(p -> ", " + changes.size() + " figure(s) changed since revision " + p.revision()
                        + ": " + command.reason().orElseThrow()).orElse("")));
        return new Revision(publication, changes);
    }
}
