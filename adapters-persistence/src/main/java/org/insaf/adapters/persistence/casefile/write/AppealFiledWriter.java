package org.insaf.adapters.persistence.casefile.write;

import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.casefile.AppealEntity;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.AppealFiled;

import java.util.UUID;

/** An appeal filed: one row, after the case's appeals before it; the court's orders update it. */
final class AppealFiledWriter implements EventWriter<AppealFiled> {

    @Override
    public Class<AppealFiled> type() {
        return AppealFiled.class;
    }

    @Override
    public void write(AppealFiled event, Case after, Positions positions, EntityManager em) {
        Appeal appeal = event.appeal();
        AppealEntity row = new AppealEntity();
        row.id = appeal.id().value();
        row.caseId = event.caseId().value();
        row.position = after.appeals().indexOf(after.appeal(appeal.id()).orElseThrow());
        row.accusedId = appeal.accused().value();
        row.kind = appeal.kind().name();
        row.appellant = appeal.appellant().name();
        row.against = appeal.against().name();
        row.forum = appeal.forum().name();
        row.filedOn = appeal.filedOn();
        row.judgmentOn = appeal.judgmentOn();
        row.grounds = appeal.grounds();
        row.sentenceCharges = new UUID[0];
        row.sentenceKinds = new String[0];
        row.sentenceTerms = new String[0];
        row.sentenceFinesPkr = new Long[0];
        em.persist(row);
        // The loader reads appeals with custody and bail, for the cases flagged as having any.
        Rows.custodyRecorded(event.caseId(), row.position, em);
    }
}
