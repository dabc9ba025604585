package org.insaf.domain.casefile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The one deadline the Code of Criminal Procedure puts on an investigation: where it is not
 * completed within fourteen days of the recording of the FIR (s.154), the officer in charge
 * forwards to the Magistrate, through the Public Prosecutor, an interim report within three days
 * of the expiry of that period (s.173(1) CrPC, proviso). FIA officers investigate with the powers
 * of police officers under the Code (FIA Act 1974, s.5), so it applies to the cases of both
 * agencies while their investigation is open. It is information for the desks, never a refusal:
 * a late report is still received.
 */
public record PoliceReportDeadline(LocalDate firRecordedOn, LocalDate investigationPeriodEnds, LocalDate interimReportDue) {

    public static final String LAW = "s.173(1) CrPC, proviso";
    /** Fourteen days from the FIR for the investigation. */
    public static final int INVESTIGATION_DAYS = 14;
    /** Three days after those fourteen for the interim report. */
    public static final int INTERIM_REPORT_DAYS = 3;

    public PoliceReportDeadline {
        Objects.requireNonNull(firRecordedOn, "firRecordedOn");
        if (!investigationPeriodEnds.equals(firRecordedOn.plusDays(INVESTIGATION_DAYS))
                || !interimReportDue.equals(investigationPeriodEnds.plusDays(INTERIM_REPORT_DAYS))) {
            throw new IllegalArgumentException("the s.173 deadlines follow from the FIR's day");
        }
    }

    /** The deadline of a case whose FIR was recorded on the given day. */
    public static PoliceReportDeadline forFirRecordedOn(LocalDate firRecordedOn) {
        Objects.requireNonNull(firRecordedOn, "the day the FIR was recorded");
        LocalDate periodEnds = firRecordedOn.plusDays(INVESTIGATION_DAYS);
        return new PoliceReportDeadline(firRecordedOn, periodEnds, periodEnds.plusDays(INTERIM_REPORT_DAYS));
    }

    /** Days from the FIR to the last day of the interim report, for a read side that counts in SQL. */
    public static int daysToInterimReport() {
        return INVESTIGATION_DAYS + INTERIM_REPORT_DAYS;
    }

    /** Whether the interim report's last day has passed on the given day (the report still due). */
    public boolean isPastOn(LocalDate today) {
        return today.isAfter(interimReportDue);
    }
}
