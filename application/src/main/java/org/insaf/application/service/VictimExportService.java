package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.export.KAnonymity;
import org.insaf.application.export.VictimExport;
import org.insaf.application.export.VictimRecord;
import org.insaf.application.port.in.DeidentifiedVictimExport;
import org.insaf.application.port.out.BusinessClock;
import org.insaf.application.port.out.ExportSettings;
import org.insaf.application.port.out.VictimRecordSource;

import java.util.ArrayList;
import java.util.List;

/** The de-identified victim export: for analysts and admins, k-anonymous, k never below the deployment's minimum. */
@ApplicationScoped
public class VictimExportService implements DeidentifiedVictimExport {

    private final VictimRecordSource source;
    private final ExportSettings settings;
    private final BusinessClock clock;

    @Inject
    public VictimExportService(VictimRecordSource source, ExportSettings settings, BusinessClock clock) {
        this.source = source;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VictimExport export(Request request) {
        mayExport(request.actor());
        int minimum = Math.max(KAnonymity.SMALLEST_K, settings.minimumK());
        int k = request.k().orElse(Math.max(KAnonymity.CTDC_K, minimum));
        InvalidCommand.check(k >= minimum,
                "k may be raised, not lowered: every published group has at least " + minimum + " victims, not " + k);
        InvalidCommand.check(request.toYear() <= clock.today().getYear(),
                "there are no registrations yet in " + request.toYear());
        List<VictimRecord> records = new ArrayList<>();
        source.registeredBetween(request.fromYear(), request.toYear(), records::add);
        KAnonymity.Result result = new KAnonymity(k).apply(records);
        return new VictimExport(request.fromYear(), request.toYear(), k, result.published(), result.suppressed());
    }

    private static void mayExport(Actor actor) {
        if (!actor.has(Role.ANALYST) && !actor.has(Role.ADMIN)) {
            throw new AccessRefused("The de-identified victim export is for analysts and admins");
        }
    }
}
